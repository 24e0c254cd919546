namespace Arca.Language.Tests.Values;

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Arca.Language.Syntax;
using Arca.Language.Values;

public sealed class AttrsMergeLayoutsTests
{
    private static readonly string[] LeftNames = ["a", "b", "d"];
    private static readonly string[] RightNames = ["b", "c"];
    private static readonly Pos[] LeftPositions = [new(null, 1, 1), new(null, 2, 1), new(null, 3, 1)];
    private static readonly Pos[] RightPositions = [new(null, 7, 5), new(null, 8, 5)];

    private static NixAttrs Left(int tag) =>
        new(LeftNames, [NixInt.Of(tag), NixInt.Of(tag + 1), NixInt.Of(tag + 3)], LeftPositions);

    private static NixAttrs Right(int tag) =>
        new(RightNames, [NixString.Of($"b{tag}"), NixString.Of($"c{tag}")], RightPositions);

    private static string Show(NixAttrs set)
    {
        var parts = new List<string>();
        for (int i = 0; i < set.Count; i++)
        {
            var value = set.ValueAt(i) switch { NixInt n => n.Value.ToString(), NixString s => s.Text, var v => v.ToString()! };
            parts.Add($"{set.NameAt(i)}={value}@{set.PosAt(i).Line}:{set.PosAt(i).Column}");
        }
        return string.Join(" ", parts);
    }

    private static bool SameNames(NixAttrs x, NixAttrs y) =>
        Unsafe.AreSame(ref MemoryMarshal.GetReference(x.Names), ref MemoryMarshal.GetReference(y.Names));

    [Fact]
    public void Repeated_merges_of_one_layout_give_each_their_own_values_and_share_the_names()
    {
        var layouts = new AttrsMergeLayouts();
        var results = new List<NixAttrs>();
        for (int tag = 0; tag < 5; tag++) results.Add(Left(10 * tag).Update(Right(tag), layouts));

        for (int tag = 0; tag < 5; tag++)
            Assert.Equal($"a={10 * tag}@1:1 b=b{tag}@7:5 c=c{tag}@8:5 d={10 * tag + 3}@3:1", Show(results[tag]));
        // The layout is remembered on the second sighting and handed out from the third on.
        Assert.True(SameNames(results[2], results[3]));
        Assert.True(SameNames(results[3], results[4]));
        Assert.False(SameNames(results[0], results[1]));
    }

    [Fact]
    public void The_same_names_with_other_positions_are_a_different_layout()
    {
        var layouts = new AttrsMergeLayouts();
        Pos[] otherPositions = [new(null, 40, 2), new(null, 41, 2)];
        for (int round = 0; round < 3; round++)
        {
            var plain = Left(1).Update(Right(1), layouts);
            var moved = Left(1).Update(new NixAttrs(RightNames, [NixInt.Of(7), NixInt.Of(8)], otherPositions), layouts);
            var unpositioned = Left(1).Update(new NixAttrs(RightNames, [NixInt.Of(5), NixInt.Of(6)], null), layouts);
            Assert.Equal("a=1@1:1 b=b1@7:5 c=c1@8:5 d=4@3:1", Show(plain));
            Assert.Equal("a=1@1:1 b=7@40:2 c=8@41:2 d=4@3:1", Show(moved));
            Assert.Equal("a=1@1:1 b=5@0:0 c=6@0:0 d=4@3:1", Show(unpositioned));
        }
    }

    [Fact]
    public void Alternating_layouts_stay_correct()
    {
        var layouts = new AttrsMergeLayouts();
        string[] otherNames = ["a", "z"];
        for (int round = 0; round < 6; round++)
        {
            Assert.Equal($"a={round}@1:1 b=b{round}@7:5 c=c{round}@8:5 d={round + 3}@3:1", Show(Left(round).Update(Right(round), layouts)));
            var other = new NixAttrs(otherNames, [NixInt.Of(round), NixInt.Of(-round)], null);
            Assert.Equal($"a={round}@0:0 b={round + 1}@2:1 d={round + 3}@3:1 z={-round}@0:0", Show(Left(round).Update(other, layouts)));
        }
    }

    [Fact]
    public void An_empty_operand_returns_the_other_unchanged()
    {
        var layouts = new AttrsMergeLayouts();
        var left = Left(1);
        Assert.Same(left, left.Update(NixAttrs.Empty, layouts));
        var right = Right(1);
        Assert.Same(right, NixAttrs.Empty.Update(right, layouts));
    }
}
