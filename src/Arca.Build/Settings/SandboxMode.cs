namespace Arca.Build.Settings;

/// <summary>The <c>sandbox</c> setting: always, never, or (<c>relaxed</c>) unless the derivation sets <c>__noChroot</c>.</summary>
public enum SandboxMode
{
    Enabled,
    Disabled,
    Relaxed,
}
