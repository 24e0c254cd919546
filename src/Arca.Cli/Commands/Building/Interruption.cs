namespace Arca.Cli.Commands.Building;

using System.Runtime.InteropServices;

/// <summary>
/// Turns SIGINT and SIGTERM during builds into a cancellation: running builders (sandboxed or not, each in its
/// own session) are killed and their outputs removed before Arca exits, instead of being orphaned.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public Interruption()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
    }

    public CancellationToken Token => _source.Token;

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true; // the scheduler ends the run itself, after cleaning up
        _source.Cancel();
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _source.Dispose();
    }
}
