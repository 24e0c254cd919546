namespace Arca.Cli;

using System.Text;
using Arca.Language.Errors;

/// <summary>
/// Standard error for evaluation diagnostics (<c>trace</c>, warnings): lines are written as bytes through
/// <see cref="MessageBytes"/>, since they mix Nix byte strings with literal text, whatever the console's encoding,
/// after the filtering Nix's logger does (<see cref="LogText"/>).
/// </summary>
internal sealed class DiagnosticsWriter(Stream stream) : TextWriter
{
    private readonly StringBuilder line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        line.Append(value);
        if (value == '\n') Flush();
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        line.Append(value);
        if (value.Contains('\n')) Flush();
    }

    public override void Flush()
    {
        if (line.Length == 0) return;
        stream.Write(MessageBytes.Encode(LogText.Filter(line.ToString())));
        stream.Flush();
        line.Clear();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }
}
