namespace Arca.Build.Sandbox;

/// <summary>Receives a builder's combined stdout/stderr as it is produced (log file, terminal, tail buffer).</summary>
public interface IBuildOutputSink
{
    void Write(ReadOnlySpan<byte> chunk);
}
