namespace Arca.Build.Sandbox;

/// <summary>Runs a builder process: in a sandbox, or directly on the host.</summary>
public interface IBuilderRunner
{
    /// <summary>
    /// Where the build directory appears to the builder; the caller puts this path into
    /// <c>NIX_BUILD_TOP</c>, <c>TMPDIR</c> and friends.
    /// </summary>
    string BuildDirectoryInside(string hostBuildDirectory);

    /// <summary>
    /// Runs the builder; outputs it creates end up at their store paths on the host when it returns
    /// (whether or not it succeeded, so they can be inspected or removed).
    /// </summary>
    BuilderOutcome Run(BuilderInvocation invocation, IBuildOutputSink output, CancellationToken cancel);
}
