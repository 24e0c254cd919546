namespace Arca.Language.Tests.Values;

using Arca.Language.Syntax;
using Arca.Language.Values;

public sealed class AttrsLayoutsTests
{
    [Fact]
    public void Equal_layouts_share_the_first_copy()
    {
        var layouts = new AttrsLayouts();
        string[] firstNames = ["dev", "out"];
        Pos[]? firstPositions = [new(null, 3, 4), new(null, 3, 4)];
        var keptNames = firstNames;
        var keptPositions = firstPositions;
        layouts.Share(ref keptNames, ref keptPositions);
        Assert.Same(firstNames, keptNames);
        Assert.Same(firstPositions, keptPositions);

        string[] names = ["dev", "out"];
        Pos[]? positions = [new(null, 3, 4), new(null, 3, 4)];
        layouts.Share(ref names, ref positions);
        Assert.Same(firstNames, names);
        Assert.Same(firstPositions, positions);
    }

    [Fact]
    public void Different_names_or_positions_are_different_layouts()
    {
        var layouts = new AttrsLayouts();
        string[] outNames = ["out"];
        Pos[]? outPositions = [new(null, 1, 1)];
        layouts.Share(ref outNames, ref outPositions);

        string[] otherName = ["lib"];
        Pos[]? samePositions = [new(null, 1, 1)];
        layouts.Share(ref otherName, ref samePositions);
        Assert.Equal(["lib"], otherName);

        string[] sameName = ["out"];
        Pos[]? otherPositions = [new(null, 2, 1)];
        var given = otherPositions;
        layouts.Share(ref sameName, ref otherPositions);
        Assert.Same(given, otherPositions);
        Assert.Equal(2, otherPositions![0].Line);

        string[] unpositioned = ["out"];
        Pos[]? none = null;
        layouts.Share(ref unpositioned, ref none);
        Assert.Null(none);
        Assert.NotSame(outNames, unpositioned);
    }

    [Fact]
    public void Large_layouts_are_left_alone()
    {
        var layouts = new AttrsLayouts();
        var big = Enumerable.Range(0, AttrsLayouts.MaxSize + 1).Select(i => $"a{i:D2}").ToArray();
        Pos[]? none = null;
        var first = big;
        layouts.Share(ref first, ref none);
        var second = big.ToArray();
        var copy = second;
        layouts.Share(ref second, ref none);
        Assert.Same(copy, second);
    }
}
