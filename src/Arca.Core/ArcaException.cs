namespace Arca.Core;

/// <summary>
/// An error whose message is meant for the user, worded as Nix words it (the CLI prints it after
/// <c>error: </c>). Anything else escaping a command is a bug in Arca.
/// </summary>
public class ArcaException(string message, Exception? inner = null) : Exception(message, inner);
