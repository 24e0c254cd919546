namespace Arca.Language.Tests.Evaluation;

using Arca.Language.Evaluation;
using Arca.Language.Printing;
using Arca.Language.Tests.Syntax;
using Arca.Language.Values;

/// <summary>
/// Short context-free strings made again are shared (<see cref="RecentStrings"/>); nothing the language can see may
/// change: texts, contexts, and strings longer than the limit.
/// </summary>
public sealed class RecentStringsTests
{
    [Fact]
    public void The_same_short_text_is_one_string()
    {
        var recent = new RecentStrings();
        var first = recent.Get("pkg123");
        Assert.Same(first, recent.Get("pkg123".AsSpan()));
        Assert.Equal("pkg123", first.Text);
        Assert.False(first.HasContext);
        Assert.NotSame(first, recent.Get("pkg124"));
        Assert.Same(NixString.Empty, recent.Get(""));
    }

    [Fact]
    public void A_collision_replaces_the_entry_and_never_returns_another_text()
    {
        var recent = new RecentStrings();
        // Far more texts than slots: every answer must still be its own text.
        for (int round = 0; round < 2; round++)
            for (int i = 0; i < 100_000; i++)
            {
                var text = "n" + i;
                Assert.Equal(text, recent.Get(text).Text);
            }
    }

    private static (Value Value, EvalContext Context) Eval(string text)
    {
        var ctx = Ast.NewContext();
        var value = ctx.Evaluate(SyntaxTestKit.Parse(text));
        ctx.ForceDeep(value, default);
        return (value, ctx);
    }

    /// <summary>A forced list's items as strings (an item is a forced thunk or, for a literal, the string itself).</summary>
    private static NixString[] Strings(Value list) =>
        ((NixList)list).Items.Select(v => (NixString)(v is Thunk t ? t.ForcedValue! : v)).ToArray();

    [Fact]
    public void Interpolations_and_additions_of_the_same_short_text_share_it()
    {
        var (value, _) = Eval("let f = i: \"pkg${toString i}\"; in [ (f 7) (f 7) (\"pkg\" + \"7\") (\"p\" + \"kg\" + \"7\") ]");
        var items = Strings(value);
        Assert.All(items, s => Assert.Equal("pkg7", s.Text));
        Assert.All(items, s => Assert.Same(items[0], s));
    }

    [Fact]
    public void Long_texts_and_texts_with_context_are_made_each_time()
    {
        var longText = new string('x', RecentStrings.MaxLength + 1);
        var (value, ctx) = Eval($"let f = s: \"${{s}}\"; in [ (f \"{longText}\") (f \"{longText}\") ]");
        var items = Strings(value);
        Assert.Equal(longText, items[0].Text);
        Assert.NotSame(items[0], items[1]);

        var (withContext, c2) = Eval("let s = builtins.appendContext \"x\" { \"/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-a\" = { path = true; }; }; in [ \"${s}\" \"x\" (s + \"\") ]");
        Assert.Equal("[ \"x\" \"x\" \"x\" ]", ValuePrinter.Print(c2, withContext));
        var forced = Strings(withContext);
        Assert.True(forced[0].HasContext);
        Assert.False(forced[1].HasContext);
        Assert.True(forced[2].HasContext);
        Assert.NotSame(forced[0], forced[1]);
    }
}
