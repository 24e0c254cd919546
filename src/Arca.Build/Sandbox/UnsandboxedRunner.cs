namespace Arca.Build.Sandbox;

/// <summary>
/// <c>sandbox = false</c> (or a relaxed sandbox and <c>__noChroot</c>): the builder runs on the host, in the
/// build directory, with only its environment controlled — Nix's non-chroot build.
/// </summary>
public sealed class UnsandboxedRunner : IBuilderRunner
{
    public string BuildDirectoryInside(string hostBuildDirectory) => hostBuildDirectory;

    public BuilderOutcome Run(BuilderInvocation invocation, IBuildOutputSink output, CancellationToken cancel)
    {
        var argv = new List<string>(invocation.Arguments.Count + 1) { invocation.Builder };
        argv.AddRange(invocation.Arguments);
        return SupervisedProcess.Run(invocation.Builder, argv, invocation.Environment, invocation.BuildDirectory, output,
            invocation.Timeout, invocation.MaxSilentTime, cancel);
    }
}
