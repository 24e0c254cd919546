namespace Arca.Build.Tests;

using System.Text;
using Arca.Build.Sandbox;

public sealed class CapturingSink : IBuildOutputSink
{
    private readonly MemoryStream _bytes = new();

    public void Write(ReadOnlySpan<byte> chunk)
    {
        lock (_bytes) _bytes.Write(chunk);
    }

    public string Text
    {
        get { lock (_bytes) return Encoding.UTF8.GetString(_bytes.ToArray()); }
    }
}
