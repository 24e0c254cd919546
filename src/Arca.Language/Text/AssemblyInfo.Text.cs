using System.Runtime.CompilerServices;

// The Text algorithms' internals (the regex automaton used as a reference for the .NET fast path) are tested directly.
[assembly: InternalsVisibleTo("Arca.Language.Tests")]
