namespace Arca.Language.Tests;

using Arca.Language.Values;

public sealed class StringContextBuilderTests
{
    [Fact]
    public void OneContextAloneIsKeptAsItIs()
    {
        var context = StringContext.Of(["/s/b", "/s/a"]);
        var builder = new StringContext.Builder();
        builder.Add(StringContext.Empty);
        builder.Add(context);
        builder.Add(context);
        Assert.Same(context, builder.Build());
    }

    [Fact]
    public void ContextsAreUnitedSortedAndWithoutDuplicates()
    {
        var builder = new StringContext.Builder();
        builder.Add(StringContext.Of(["!out!/s/x.drv", "/s/b"]));
        builder.Add(StringContext.Of(["/s/b", "=/s/y.drv"]));
        builder.Add("/s/a");
        Assert.Equal(["!out!/s/x.drv", "/s/a", "/s/b", "=/s/y.drv"], builder.Build().Elements.ToArray());
    }

    [Fact]
    public void AClearedBuilderStartsAgainFromNothing()
    {
        var builder = new StringContext.Builder();
        builder.Add(StringContext.Of("/s/a"));
        builder.Add(StringContext.Of("/s/b"));
        Assert.Equal(2, builder.Build().Count);

        builder.Clear();
        Assert.True(builder.Build().IsEmpty);
        var single = StringContext.Of("/s/c");
        builder.Add(single);
        Assert.Same(single, builder.Build());
        builder.Add("/s/d");
        Assert.Equal(["/s/c", "/s/d"], builder.Build().Elements.ToArray());

        builder.Clear();
        builder.Add("/s/e");
        Assert.Equal(["/s/e"], builder.Build().Elements.ToArray());
    }
}
