namespace Arca.Language.Tests.Syntax;

using System.Text;
using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Xunit.Abstractions;

/// <summary>
/// Parses the upstream Nix language suite (tests/functional/lang) when ARCA_LANG_SUITE points at it: every
/// parse-okay must parse and print its .exp, every parse-fail must fail to parse, every eval-okay must parse.
/// The suite is never committed; without the variable the tests are reported as skipped, with the reason.
/// </summary>
public sealed class UpstreamLangSuiteTests(ITestOutputHelper output)
{
    private static readonly string? SuiteDirectory = Environment.GetEnvironmentVariable("ARCA_LANG_SUITE");

    // parse-fail tests whose error comes from variable resolution (Nix's bindVars), which is the compiler's job.
    private static readonly HashSet<string> NeedsVariableResolution =
        ["parse-fail-undef-var.nix", "parse-fail-undef-var-2.nix", "parse-fail-regression-20060610.nix"];

    private static bool Available() => SuiteDirectory is not null && Directory.Exists(SuiteDirectory);

    // The suite runs with the working directory above lang/ and HOME=/fake-home, like upstream's lang.sh.
    // Origins follow the byte-string convention like every other name in messages.
    private static Source Load(string file) =>
        new(ByteString.FromText("«stdin»"), ByteString.FromBytes(File.ReadAllBytes(file)), "/pwd", false);

    private static readonly ParserOptions Options = new("/fake-home");

    private static IEnumerable<string> Files(string pattern) =>
        Directory.GetFiles(SuiteDirectory!, pattern).OrderBy(f => f, StringComparer.Ordinal);

    [LangSuiteFact]
    public void ParseOkayFilesParseAndPrintAsExpected()
    {
        if (!Available()) return;
        var failures = new StringBuilder();
        int count = 0;
        foreach (var file in Files("parse-okay-*.nix"))
        {
            count++;
            try
            {
                var printed = ExprPrinter.Print(Parser.Parse(Load(file), Options));
                var expFile = Path.ChangeExtension(file, ".exp");
                if (File.Exists(expFile))
                {
                    var expected = ByteString.FromBytes(File.ReadAllBytes(expFile)).TrimEnd('\n');
                    if (printed != expected) failures.AppendLine($"{Path.GetFileName(file)}: printed\n  {printed}\nexpected\n  {expected}");
                }
            }
            catch (EvalError e)
            {
                failures.AppendLine($"{Path.GetFileName(file)}: {e.Message} at {e.Pos}");
            }
        }
        output.WriteLine($"{count} parse-okay files");
        Assert.True(count > 0);
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [LangSuiteFact]
    public void ParseFailFilesFailToParse()
    {
        if (!Available()) return;
        var failures = new StringBuilder();
        int count = 0;
        foreach (var file in Files("parse-fail-*.nix"))
        {
            if (NeedsVariableResolution.Contains(Path.GetFileName(file))) continue;
            count++;
            try
            {
                Parser.Parse(Load(file), Options);
                failures.AppendLine($"{Path.GetFileName(file)}: parsed");
                continue;
            }
            catch (ParseError e)
            {
                // The first line of the expected error, where present, must match too.
                var errFile = Path.ChangeExtension(file, ".err.exp");
                if (File.Exists(errFile))
                {
                    var lines = ByteString.FromBytes(File.ReadAllBytes(errFile)).Split('\n');
                    var expected = lines[0];
                    if ("error: " + e.Message != expected) failures.AppendLine($"{Path.GetFileName(file)}: error: {e.Message}\n  expected {expected}");
                    var at = lines.FirstOrDefault(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal))?.Trim();
                    var actualAt = $"at {e.Pos.Source!.Origin}:{e.Pos.Line}:{e.Pos.Column}:";
                    if (at is not null && at != actualAt)
                        failures.AppendLine($"{Path.GetFileName(file)}: {actualAt} expected {at}");
                }
            }
        }
        output.WriteLine($"{count} parse-fail files");
        Assert.True(count > 0);
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [LangSuiteFact]
    public void EvalFilesParse()
    {
        if (!Available()) return;
        var failures = new StringBuilder();
        int count = 0;
        foreach (var file in Files("eval-okay-*.nix"))
        {
            count++;
            try { Parser.Parse(Load(file), Options); }
            catch (EvalError e) { failures.AppendLine($"{Path.GetFileName(file)}: {e.Message} at {e.Pos}"); }
        }
        // eval-fail files parse too, except those whose expected error is a parse error.
        foreach (var file in Files("eval-fail-*.nix"))
        {
            var errFile = Path.ChangeExtension(file, ".err.exp");
            var expected = File.Exists(errFile) ? ByteString.FromBytes(File.ReadAllBytes(errFile)) : "";
            try
            {
                Parser.Parse(Load(file), Options);
            }
            catch (EvalError e)
            {
                if (!expected.StartsWith("error: " + e.Message.Split('\n')[0], StringComparison.Ordinal))
                    failures.AppendLine($"{Path.GetFileName(file)}: {e.Message} at {e.Pos}");
            }
        }
        output.WriteLine($"{count} eval-okay files");
        Assert.True(count > 0);
        Assert.True(failures.Length == 0, failures.ToString());
    }
}

/// <summary>A fact that is skipped, saying why, when ARCA_LANG_SUITE does not name an existing folder.</summary>
public sealed class LangSuiteFactAttribute : FactAttribute
{
    public LangSuiteFactAttribute()
    {
        var dir = Environment.GetEnvironmentVariable("ARCA_LANG_SUITE");
        if (dir is null)
            Skip = "ARCA_LANG_SUITE is not set: set it to an upstream Nix tests/functional/lang folder to parse the language suite";
        else if (!Directory.Exists(dir))
            Skip = $"ARCA_LANG_SUITE={dir} does not exist";
    }
}
