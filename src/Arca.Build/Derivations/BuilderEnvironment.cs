namespace Arca.Build.Derivations;

using System.Globalization;
using System.Text;
using Arca.Core.Hashing;
using Arca.Store.Derivations;

/// <summary>
/// The environment and build-directory files of a builder, as Nix's <c>initEnv</c> and <c>DesugaredEnv</c> make
/// them: the derivation's attributes (or, with structured attributes, <c>.attrs.json</c>/<c>.attrs.sh</c> and
/// <c>NIX_ATTRS_*_FILE</c>), <c>passAsFile</c> attributes as <c>NAMEPath</c> files, then Nix's fixed variables
/// (<c>PATH=/path-not-set</c>, <c>HOME=/homeless-shelter</c>, <c>NIX_STORE</c>, <c>NIX_BUILD_CORES</c>,
/// <c>NIX_BUILD_TOP</c>, <c>TMPDIR</c>/<c>TEMPDIR</c>/<c>TMP</c>/<c>TEMP</c>, <c>PWD</c>, <c>NIX_LOG_FD=2</c>,
/// <c>TERM=xterm-256color</c>), <c>NIX_OUTPUT_CHECKED</c> and the impure variables for fixed-output builds.
/// Strings are byte strings (one char per byte) throughout, as in the derivation.
/// </summary>
public sealed class BuilderEnvironment
{
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>Files to create in the build directory before the builder starts (name → bytes).</summary>
    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Arguments { get; private init; } = [];

    public sealed record Context(
        string StoreDir,
        string BuildDirInside,
        int Cores,
        IReadOnlyDictionary<string, string> OutputPaths,
        Func<string, string?> HostEnvironment);

    public static BuilderEnvironment Create(Derivation drv, DerivationOptions options, StructuredAttrs? structured, Context context)
    {
        var rewrites = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, path) in context.OutputPaths) rewrites[HashPlaceholder(name)] = path;

        var result = new BuilderEnvironment { Arguments = drv.Arguments.Select(a => Rewrite(a, rewrites)).ToList() };
        var env = result.Variables;
        env["PATH"] = "/path-not-set";
        env["HOME"] = "/homeless-shelter";
        env["NIX_STORE"] = context.StoreDir;
        env["NIX_BUILD_CORES"] = context.Cores.ToString(CultureInfo.InvariantCulture);

        if (structured is not null)
        {
            var json = structured.Prepare(context.OutputPaths);
            result.Files[".attrs.sh"] = StructuredAttrs.WriteShell(json);
            result.Files[".attrs.json"] = StructuredAttrs.Dump(json);
            env["NIX_ATTRS_SH_FILE"] = context.BuildDirInside + "/.attrs.sh";
            env["NIX_ATTRS_JSON_FILE"] = context.BuildDirInside + "/.attrs.json";
        }
        else
        {
            foreach (var (name, value) in drv.Environment)
            {
                if (!options.PassAsFile.Contains(name))
                {
                    env[name] = value;
                    continue;
                }
                var fileName = ".attr-" + Hash.Compute(HashAlgorithm.Sha256, Latin1(name)).ToNixBase32();
                result.Files[fileName] = Latin1(Rewrite(value, rewrites));
                env[name + "Path"] = context.BuildDirInside + "/" + fileName;
            }
        }

        env["NIX_BUILD_TOP"] = context.BuildDirInside;
        env["TMPDIR"] = env["TEMPDIR"] = env["TMP"] = env["TEMP"] = context.BuildDirInside;
        env["PWD"] = context.BuildDirInside;

        var kind = drv.GetKind();
        if (kind.IsFixed()) env["NIX_OUTPUT_CHECKED"] = "1";
        if (!kind.IsSandboxed())
            foreach (var name in options.ImpureEnvVars)
                env[name] = context.HostEnvironment(name) ?? "";

        env["NIX_LOG_FD"] = "2";
        env["TERM"] = "xterm-256color";

        foreach (var key in env.Keys.ToList()) env[key] = Rewrite(env[key], rewrites);
        return result;
    }

    /// <summary>Nix's <c>hashPlaceholder</c>: <c>/</c> + nix-base32 SHA-256 of <c>nix-output:NAME</c>.</summary>
    public static string HashPlaceholder(string outputName) =>
        "/" + Hash.Compute(HashAlgorithm.Sha256, Latin1("nix-output:" + outputName)).ToNixBase32();

    private static string Rewrite(string s, Dictionary<string, string> rewrites)
    {
        if (s.IndexOf('/') < 0) return s;
        foreach (var (from, to) in rewrites)
            if (s.Contains(from, StringComparison.Ordinal)) s = s.Replace(from, to, StringComparison.Ordinal);
        return s;
    }

    internal static byte[] Latin1(string byteString) => Encoding.Latin1.GetBytes(byteString);
}
