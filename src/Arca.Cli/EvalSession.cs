namespace Arca.Cli;

using Arca.Core.Configuration;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Arca.Store;

/// <summary>
/// What the evaluating commands share: the evaluation options taken from the command line and the environment
/// (<c>-I</c>, <c>NIX_PATH</c>, <c>--arg</c>, <c>--show-trace</c>, …), the context, and Nix-style error reporting.
/// The environment is read here, in the CLI layer, and handed to the language layer as plain settings.
/// </summary>
internal sealed class EvalSession
{
    public EvalOptions Options { get; } = new();

    /// <summary>The program name Nix would show in hints ("Try 'nix-instantiate --help'").</summary>
    public string CommandName { get; init; } = "nix-instantiate";

    /// <summary><c>--arg name expr</c> (Expression set) and <c>--argstr name value</c>, in command-line order.</summary>
    public List<AutoArg> AutoArgs { get; } = [];

    /// <summary>
    /// One auto-argument. A class rather than a tuple: a list of a value tuple is a generic instantiation the
    /// precompiled image lacks, and compiling it at run time costs start-up (every evaluation builds this list).
    /// </summary>
    public sealed record AutoArg(string Name, string Text, bool IsExpression);

    private readonly List<string> includes = [];

    /// <summary>The <c>nix-path</c> setting (nix.conf, NIX_CONFIG, <c>--option</c>); null when not set.</summary>
    private string[]? nixPathSetting;

    /// <summary>Where <c>trace</c> and warnings go: standard error, byte for byte.</summary>
    public TextWriter Diagnostics { get; } = new DiagnosticsWriter(Console.OpenStandardError());

    public EvalSession()
    {
        Options.WorkingDirectory = ByteString.FromText(Environment.CurrentDirectory);
        Options.NixVersion = Commands.VersionCommand.CompatibleNixVersion;
        if (Environment.GetEnvironmentVariable("HOME") is { } home) Options.Home = ByteString.FromText(home);
        if (Environment.GetEnvironmentVariable("NIX_STORE_DIR") is { Length: > 0 } storeDir)
            Options.StoreDir = ByteString.FromText(storeDir.TrimEnd('/'));
        // The evaluation settings of nix.conf and NIX_CONFIG come first; the command line's flags and --option
        // override them, as in Nix.
        Config = NixConfig.LoadFromEnvironment();
        foreach (var name in ConfiguredSettings)
            if (Config.Get(name) is { } value) ApplyOption(name, value);
    }

    /// <summary>nix.conf and NIX_CONFIG, read once for the command (its evaluation settings and its store).</summary>
    public NixConfig Config { get; }

    /// <summary>Where the command's store lives, resolved from the environment and <see cref="Config"/> when first needed.</summary>
    public StoreLocations StoreLocations =>
        storeLocations ??= StoreLocations.Resolve(Environment.GetEnvironmentVariable, Config, Environment.IsPrivilegedProcess);

    private StoreLocations? storeLocations;

    /// <summary>The evaluation settings taken from nix.conf.</summary>
    private static readonly string[] ConfiguredSettings =
    [
        "abort-on-warn", "experimental-features", "extra-experimental-features", "lint-absolute-path-literals",
        "lint-short-path-literals", "lint-url-literals", "max-call-depth", "nix-path", "pure-eval", "restrict-eval",
        "show-trace", "system",
    ];

    /// <summary>Handles the options common to all evaluating commands; returns how many arguments it consumed (0: not one of them).</summary>
    public int TryParseCommon(string[] args, int i)
    {
        string Next(int k) => k < args.Length ? args[k] : throw new UsageException($"flag '{args[i]}' requires an argument");
        // Settings given as flags (`--lint-url-literals warn`), as Nix accepts any setting.
        if (args[i].StartsWith("--lint-", StringComparison.Ordinal))
        {
            ApplyOption(args[i][2..], Next(i + 1));
            return 2;
        }
        switch (args[i])
        {
            case "-I":
            case "--include":
                includes.Add(Next(i + 1));
                return 2;
            case "--arg":
                AutoArgs.Add(new AutoArg(Next(i + 1), Next(i + 2), true));
                return 3;
            case "--argstr":
                AutoArgs.Add(new AutoArg(Next(i + 1), Next(i + 2), false));
                return 3;
            case "--show-trace":
                Options.ShowTrace = true;
                return 1;
            case "--no-show-trace":
                Options.ShowTrace = false;
                return 1;
            case "--max-call-depth":
                ApplyOption("max-call-depth", Next(i + 1));
                return 2;
            case "--pure-eval":
                Options.PureEval = true;
                return 1;
            case "--impure":
                Options.PureEval = false;
                return 1;
            case "--restrict-eval":
                Options.RestrictEval = true;
                return 1;
            case "--timeout":
            case "--max-jobs":
            case "-j":
            case "--cores":
            case "--store":
            case "--eval-store":
                Next(i + 1);
                return 2;
            case "--option":
                ApplyOption(Next(i + 1), Next(i + 2));
                return 3;
            case "--extra-experimental-features":
            case "--experimental-features":
                foreach (var f in Next(i + 1).Split(' ', StringSplitOptions.RemoveEmptyEntries)) Options.ExperimentalFeatures.Add(f);
                return 2;
            case "--quiet":
            case "--verbose":
            case "-v":
            case "--no-build-output":
            case "-Q":
            case "--keep-going":
            case "-k":
            case "--keep-failed":
            case "-K":
            case "--fallback":
            case "--repair":
            case "--readonly-mode":
            case "--offline":
            case "--refresh":
            case "--debugger":
                return 1;
        }
        return 0;
    }

    private void ApplyOption(string name, string value)
    {
        switch (name)
        {
            case "max-call-depth" when int.TryParse(value, out int depth): Options.MaxCallDepth = depth; break;
            case "pure-eval": Options.PureEval = value == "true"; break;
            case "restrict-eval": Options.RestrictEval = value == "true"; break;
            case "show-trace": Options.ShowTrace = value == "true"; break;
            case "abort-on-warn": Options.AbortOnWarn = value == "true"; break;
            case "system": Options.CurrentSystem = ByteString.FromText(value); break;
            case "experimental-features":
            case "extra-experimental-features":
                foreach (var f in value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) Options.ExperimentalFeatures.Add(f);
                break;
            case "lint-short-path-literals": Options.LintShortPathLiterals = ParseLint(name, value); break;
            case "lint-absolute-path-literals": Options.LintAbsolutePathLiterals = ParseLint(name, value); break;
            case "lint-url-literals": Options.LintUrlLiterals = ParseLint(name, value); break;
            // A list setting: replaced as a whole by a later source (--option after nix.conf), not extended.
            case "nix-path": nixPathSetting = value.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries); break;
        }
    }

    private static LintLevel ParseLint(string name, string value) => value switch
    {
        "ignore" => LintLevel.Ignore,
        "warn" => LintLevel.Warn,
        "fatal" => LintLevel.Fatal,
        _ => throw new UsageException($"invalid value '{value}' for setting '{name}'; expected 'ignore', 'warn' or 'fatal'"),
    };

    /// <summary>
    /// Creates the evaluation context. The search path is Nix's: the <c>-I</c> entries, then the <c>nix-path</c>
    /// setting, whose value is the one configured, else <c>NIX_PATH</c>, else the channels that exist
    /// (<see cref="DefaultNixPath"/>). A configured <c>nix-path</c> wins over <c>NIX_PATH</c>, as in Nix, where the
    /// variable only provides the setting's default. Pure evaluation has no search path at all.
    /// </summary>
    public EvalContext CreateContext(IStoreBridge? store = null)
    {
        InitialHeap.ArmForEvaluation();
        if (!Options.PureEval)
        {
            foreach (var entry in includes) Options.SearchPath.Add(SearchPathEntry.Parse(ByteString.FromText(entry)));
            var nixPath = nixPathSetting
                ?? (Environment.GetEnvironmentVariable("NIX_PATH") is { } fromEnvironment ? SplitNixPath(fromEnvironment) : DefaultNixPath());
            foreach (var entry in nixPath) Options.SearchPath.Add(SearchPathEntry.Parse(ByteString.FromText(entry)));
        }
        return new EvalContext(Options, new FileSystemEvalIO(), store, Diagnostics);
    }

    /// <summary>
    /// Nix's search path when NIX_PATH is unset: the user's channels (<c>~/.nix-defexpr/channels</c>), root's
    /// <c>nixpkgs</c> channel as <c>nixpkgs=</c>, and root's channels, each only if it exists. Root's channels live in
    /// the state directory of the store in use (Nix's <c>/nix/var/nix</c> for root, <c>NIX_STATE_DIR</c> when set).
    /// </summary>
    private IReadOnlyList<string> DefaultNixPath()
    {
        var result = new List<string>();
        if (Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home)
            AddIfExists(Path.Combine(home, ".nix-defexpr", "channels"), null);
        var rootChannels = Path.Combine(StoreLocations.StateDir, "profiles", "per-user", "root", "channels");
        AddIfExists(Path.Combine(rootChannels, "nixpkgs"), "nixpkgs");
        AddIfExists(rootChannels, null);
        return result;

        void AddIfExists(string path, string? prefix)
        {
            if (Path.Exists(path)) result.Add(prefix is null ? path : prefix + "=" + path);
        }
    }

    /// <summary>NIX_PATH splits on ':' except inside URLs (<c>https://…</c>), as Nix's <c>parseNixPath</c>.</summary>
    public static List<string> SplitNixPath(string s)
    {
        var result = new List<string>();
        var cur = new System.Text.StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == ':')
            {
                // "scheme://" stays inside the element.
                var soFar = cur.ToString();
                int eq = soFar.IndexOf('=');
                var value = eq >= 0 ? soFar[(eq + 1)..] : soFar;
                bool isScheme = value.Length > 0 && value.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '+' or '-' or '.')
                                && i + 2 < s.Length && s[i + 1] == '/' && s[i + 2] == '/';
                if (isScheme) { cur.Append(c); continue; }
                if (cur.Length > 0) result.Add(cur.ToString());
                cur.Clear();
            }
            else cur.Append(c);
        }
        if (cur.Length > 0) result.Add(cur.ToString());
        return result;
    }

    /// <summary>The <c>--arg</c>/<c>--argstr</c> values as a set; expressions stay unevaluated until used.</summary>
    public NixAttrs BuildAutoArgs(EvalContext ctx)
    {
        var builder = new AttrsBuilder(AutoArgs.Count);
        foreach (var (name, text, isExpression) in AutoArgs)
        {
            Value value = isExpression
                ? new Thunk(new ParsedArgumentNode(ByteString.FromText(text), Options.WorkingDirectory), Frame.Empty)
                : NixString.Of(ByteString.FromText(text));
            builder.Add(ByteString.FromText(name), value);
        }
        return builder.Build();
    }

    /// <summary>How Nix names the origin of a command-line expression and of standard input (byte strings).</summary>
    public static readonly string StringOrigin = ByteString.FromText("«string»"), StdinOrigin = ByteString.FromText("«stdin»");

    public static Source StringSource(string text, string baseDirectory) => new(StringOrigin, text, baseDirectory, false);

    /// <summary>An <c>--arg</c> expression: parsed and evaluated when first needed.</summary>
    private sealed class ParsedArgumentNode(string text, string baseDirectory) : Node
    {
        public override Value Eval(EvalContext ctx, Env env) => ctx.EvaluateSource(StringSource(text, baseDirectory));
    }

    /// <summary>Reports an evaluation error as Nix does, on standard error (raw bytes).</summary>
    public void Report(EvalError e, bool showTrace)
    {
        Diagnostics.Flush();
        var text = LogText.Filter(ErrorRenderer.Render(e, showTrace)) + "\n";
        // As Nix's top level does after a usage error (an unknown hash algorithm, say).
        if (e is UsageError) text += $"Try '{CommandName} --help' for more information.\n";
        using var stderr = Console.OpenStandardError();
        stderr.Write(MessageBytes.Encode(text));
    }
}
