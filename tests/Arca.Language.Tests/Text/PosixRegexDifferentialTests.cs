using System.Text;
using Arca.Language.Text;

namespace Arca.Language.Tests.Text;

/// <summary>
/// The .NET translation is only used where it should agree with the libstdc++-faithful automaton; this checks
/// that claim on many generated patterns and inputs.
/// </summary>
public sealed class PosixRegexDifferentialTests
{
    [Fact]
    public void DotNetTranslationAgreesWithTheAutomaton()
    {
        var random = new Random(20261121);
        int compared = 0;
        for (int p = 0; p < 3000; p++)
        {
            string pattern = RandomPattern(random, depth: 1);
            CompiledPosixRegex fast, reference;
            try
            {
                fast = new CompiledPosixRegex(pattern);
                reference = new CompiledPosixRegex(pattern, allowDotNet: false);
            }
            catch (NixRegexException)
            {
                continue;
            }
            for (int i = 0; i < 8; i++)
            {
                string input = RandomInput(random);
                Assert.True(
                    PosixRegexOracleTests.RenderMatch(reference.Match(input)) == PosixRegexOracleTests.RenderMatch(fast.Match(input)),
                    $"match \"{pattern}\" \"{input}\"");
                Assert.True(
                    PosixRegexOracleTests.RenderSplit(reference.Split(input)) == PosixRegexOracleTests.RenderSplit(fast.Split(input)),
                    $"split \"{pattern}\" \"{input}\"");
                compared++;
            }
        }
        Assert.True(compared > 10000, $"only {compared} comparisons");
    }

    private static string RandomInput(Random random)
    {
        var b = new StringBuilder();
        int length = random.Next(0, 7);
        for (int i = 0; i < length; i++)
            b.Append("abc"[random.Next(3)]);
        return b.ToString();
    }

    private static string RandomPattern(Random random, int depth)
    {
        var b = new StringBuilder();
        int terms = random.Next(1, 4);
        for (int t = 0; t < terms; t++)
        {
            int kind = depth <= 0 ? random.Next(4) : random.Next(7);
            b.Append(kind switch
            {
                0 => "a",
                1 => "b",
                2 => "[ab]",
                3 => ".",
                4 => "(" + RandomPattern(random, depth - 1) + ")",
                5 => "(" + RandomPattern(random, depth - 1) + "|" + RandomPattern(random, depth - 1) + ")",
                _ => random.Next(4) == 0 ? "^" : random.Next(3) == 0 ? "$" : "c",
            });
            b.Append(random.Next(8) switch
            {
                0 => "*",
                1 => "+",
                2 => "?",
                3 => "{1,2}",
                4 => "{0,1}",
                _ => "",
            });
        }
        return b.ToString();
    }
}

public sealed class PosixRegexLibstdcxxTests
{
    [Fact]
    public void AgreesWithRecordedLibstdcxxResults()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (var line in PosixRegexLibstdcxxCases.Table.Split('\n'))
        {
            var parts = line.Split('\t');
            string mode = parts[0], pattern = parts[1], input = parts[2], expected = parts[3];
            foreach (bool allowDotNet in new[] { true, false })
            {
                string actual;
                try
                {
                    var regex = new CompiledPosixRegex(pattern, allowDotNet);
                    actual = mode == "m" ? Render(regex.Match(input)) : Render(regex.Split(input));
                }
                catch (NixRegexException e)
                {
                    actual = e.MemoryLimitExceeded ? "ERRspace" : "ERR";
                }
                if (actual != expected)
                    failures.Add($"{mode} /{pattern}/ '{input}' (dotnet {allowDotNet}): got {actual}, libstdc++ {expected}");
                count++;
            }
        }
        Assert.Equal(1600, count);
        Assert.Empty(failures);
    }

    private static string Group(string? g) => g is null ? " null" : " \"" + g + "\"";

    private static string Render(string?[]? groups) =>
        groups is null ? "null" : "[" + string.Concat(groups.Select(Group)) + " ]";

    private static string Render(PosixSplitResult split)
    {
        var builder = new StringBuilder("[");
        for (int i = 0; i < split.Pieces.Length; i++)
        {
            builder.Append(" \"").Append(split.Pieces[i]).Append('"');
            if (i < split.Matches.Length)
                builder.Append(" [").Append(string.Concat(split.Matches[i].Select(Group))).Append(" ]");
        }
        return builder.Append(" ]").ToString();
    }
}
