// A runtime environment frame is an object[] (see Arca.Language.Evaluation.Frame).
global using Env = object[];
