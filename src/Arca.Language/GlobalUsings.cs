// A runtime environment frame is an object[] (see Evaluation/Frame): the alias keeps signatures readable.
global using Env = object[];
