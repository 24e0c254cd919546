namespace Arca.Language.Tests.Values;

using Arca.Language.Values;

/// <summary>A string keeps its context when it has one, and an empty context makes a plain string.</summary>
public sealed class NixStringTests
{
    private static readonly StringContext Ctx = StringContext.Of("/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x");

    [Fact]
    public void A_context_is_kept_and_an_empty_one_is_no_context()
    {
        var with = NixString.Of("x", Ctx);
        Assert.True(with.HasContext);
        Assert.Same(Ctx, with.Context);
        Assert.Equal("a string with context", with.ShowType);
        Assert.Equal(ValueKind.String, with.Kind);

        var emptyText = NixString.Of("", Ctx);
        Assert.True(emptyText.HasContext);
        Assert.Equal("", emptyText.Text);

        foreach (var plain in new[] { NixString.Of("x", StringContext.Empty), NixString.Of("x", null), new NixString("x") })
        {
            Assert.False(plain.HasContext);
            Assert.True(plain.Context.IsEmpty);
            Assert.Equal("a string", plain.ShowType);
        }
        Assert.Same(NixString.Empty, NixString.Of("", StringContext.Empty));
    }
}
