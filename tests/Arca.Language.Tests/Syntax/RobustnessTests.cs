namespace Arca.Language.Tests.Syntax;

using System.Text;
using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>Arbitrary input either parses (and prints) or fails with a Nix error; nothing else may escape.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "a", "b.c", "or", "if", "then", "else", "let", "in", "rec", "inherit", "with", "assert", "__curPos",
        "1", "2.5", ".5", "1.", "99999999999999999999", "1.0e400", "\"", "\"s\"", "${", "}", "{", "(", ")", "[", "]",
        "''", "'''", "''$", "''\\n", "$", "$$", "\\", ":", "@", ";", ",", "?", "...", ".", "=", "==", "!=", "<", "<=",
        ">", ">=", "+", "++", "-", "->", "*", "/", "//", "!", "&&", "||", "|>", "<|", "./p", "./p/", "a/${", "~/h",
        "<n/x>", "http://u", "/*", "*/", "#c\n", " ", "\n", "\r", "\t", "é", "\0", "x:", "{ a, b }:", "a@",
    ];

    [Fact]
    public void RandomTokenSoupNeverEscapesAsAnotherException()
    {
        var random = new Random(20260521);
        var failures = new StringBuilder();
        var thread = new Thread(() =>
        {
            for (int i = 0; i < 20_000; i++)
            {
                var sb = new StringBuilder();
                int n = random.Next(1, 24);
                for (int k = 0; k < n; k++)
                {
                    sb.Append(Pieces[random.Next(Pieces.Length)]);
                    if (random.Next(3) == 0) sb.Append(' ');
                }
                Check(sb.ToString(), failures);
            }
            for (int i = 0; i < 5_000; i++)
            {
                var chars = new char[random.Next(1, 40)];
                for (int k = 0; k < chars.Length; k++) chars[k] = (char)random.Next(0, 128);
                Check(new string(chars), failures);
            }
        }, 256 << 20);
        thread.Start();
        thread.Join();
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static void Check(string text, StringBuilder failures)
    {
        try
        {
            var expr = Parser.Parse(new Source("/t.nix", ByteString.FromText(text), "/", true), new ParserOptions("/h") { OnWarning = (_, _) => { } });
            ExprPrinter.Print(expr);
        }
        catch (EvalError)
        {
        }
        catch (Exception e)
        {
            if (failures.Length < 4000) failures.AppendLine($"{text.Replace("\n", "\\n")} → {e.GetType().Name}: {e.Message}");
        }
    }
}
