namespace Arca.Language.Tests.Syntax;

using Arca.Language.Syntax;

public sealed class GrowableArrayTests
{
    [Fact]
    public void Keeps_every_item_in_order_while_growing()
    {
        var array = new GrowableArray<Pos>(1);
        for (int i = 1; i <= 100; i++) array.Add(new Pos(null, i, i + 1));
        Assert.Equal(100, array.Count);
        Assert.Equal(37, array[36].Line);
        var copy = array.ToArray();
        Assert.Equal(Enumerable.Range(1, 100), copy.Select(p => p.Line));
        Assert.Equal(Enumerable.Range(2, 100), copy.Select(p => p.Column));
    }

    [Fact]
    public void Reading_past_the_count_fails()
    {
        var array = new GrowableArray<int>(8);
        array.Add(5);
        Assert.Equal(5, array[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => array[1]);
        Assert.Empty(new GrowableArray<int>().ToArray());
    }
}
