namespace Arca.Language.Errors;

using Arca.Language.Syntax;

/// <summary>
/// An error Nix raises as a UsageError from inside evaluation (an unknown hash algorithm or hash format given to a
/// builtin). It is an evaluation error in every respect except rendering: Nix follows its message with
/// "Try 'nix-instantiate --help' for more information." (the program's name), which the CLI's renderer adds.
/// </summary>
public sealed class UsageError(string message, Pos pos = default) : EvalError(message, pos);
