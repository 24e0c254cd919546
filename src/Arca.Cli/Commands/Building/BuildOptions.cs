namespace Arca.Cli.Commands.Building;

using System.Globalization;
using Arca.Build.Goals;
using Arca.Build.Settings;
using Arca.Core.Configuration;

/// <summary>
/// The build flags Nix's commands share (<c>-j</c>, <c>--cores</c>, <c>-k</c>, <c>-K</c>, <c>--max-silent-time</c>,
/// <c>--timeout</c>, <c>--option NAME VALUE</c>, <c>--dry-run</c>, <c>--check</c>, <c>--repair</c>, <c>--sandbox</c>,
/// <c>--no-sandbox</c>), layered over <c>nix.conf</c>.
/// </summary>
internal sealed class BuildOptions
{
    private readonly Dictionary<string, string> _overrides = new(StringComparer.Ordinal);

    public bool DryRun { get; private set; }

    public BuildMode Mode { get; private set; } = BuildMode.Normal;

    /// <summary>Consumes the flag at <paramref name="i"/> if it is a build flag; advances past its values.</summary>
    public bool TryParse(string[] args, ref int index)
    {
        int i = index;
        bool result = TryParseAt(args, ref i);
        index = i;
        return result;
    }

    private bool TryParseAt(string[] args, ref int position)
    {
        int i = position;
        string Next(string flag) => i + 1 < args.Length ? args[++i] : throw new UsageException($"flag '{flag}' requires an argument");
        bool matched = Match(args, ref i, Next);
        position = i;
        return matched;
    }

    private bool Match(string[] args, ref int i, Func<string, string> Next)
    {
        switch (args[i])
        {
            case "-j":
            case "--max-jobs":
                _overrides["max-jobs"] = Next(args[i]);
                return true;
            case "--cores":
                _overrides["cores"] = Next(args[i]);
                return true;
            case "-k":
            case "--keep-going":
                _overrides["keep-going"] = "true";
                return true;
            case "-K":
            case "--keep-failed":
                _overrides["keep-failed"] = "true";
                return true;
            case "--max-silent-time":
                _overrides["max-silent-time"] = Next(args[i]);
                return true;
            case "--timeout":
                _overrides["timeout"] = Next(args[i]);
                return true;
            case "--sandbox":
                _overrides["sandbox"] = "true";
                return true;
            case "--no-sandbox":
                _overrides["sandbox"] = "false";
                return true;
            case "--option":
                var name = Next("--option");
                _overrides[name] = Next("--option");
                return true;
            case "--dry-run":
                DryRun = true;
                return true;
            case "--check":
                Mode = BuildMode.Check;
                return true;
            case "--repair":
                Mode = BuildMode.Repair;
                return true;
            case "-Q":
            case "--no-build-output":
            case "--quiet":
            case "-v":
            case "--verbose":
            case "--show-trace":
            case "-L":
            case "--print-build-logs":
                return true;
            default:
                if (args[i].Length > 2 && args[i].StartsWith("-j", StringComparison.Ordinal)
                    && int.TryParse(args[i].AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    _overrides["max-jobs"] = args[i][2..];
                    return true;
                }
                return false;
        }
    }

    public BuildSettings Settings()
    {
        var text = new System.Text.StringBuilder();
        foreach (var (name, value) in _overrides) text.Append(name).Append(" = ").Append(value).Append('\n');
        var config = NixConfig.LoadFromEnvironment();
        var overrides = NixConfig.Parse(text.ToString(), "(command line)");
        var merged = new Dictionary<string, string>(config.Settings, StringComparer.Ordinal);
        foreach (var (name, value) in overrides.Settings) merged[name] = value;
        var mergedText = new System.Text.StringBuilder();
        foreach (var (name, value) in merged) mergedText.Append(name).Append(" = ").Append(value).Append('\n');
        return BuildSettings.FromConfig(NixConfig.Parse(mergedText.ToString(), "(settings)"));
    }
}
