namespace Arca.Language.Tests.Values;

using Arca.Language.Syntax;
using Arca.Language.Values;

public sealed class AttrsBuilderTests
{
    private static readonly Source File = new("/t.nix", ByteString.FromText("{ }"), "/", true);

    private static Pos At(int line) => new(File, line, 1);

    private static string Show(NixAttrs set) =>
        string.Join(" ", Enumerable.Range(0, set.Count).Select(i => $"{set.NameAt(i)}={((NixInt)set.ValueAt(i)).Value}@{set.PosAt(i).Line}"));

    [Fact]
    public void A_full_sorted_builder_hands_its_arrays_over_and_can_be_used_again()
    {
        var builder = new AttrsBuilder(2);
        builder.Add("a", NixInt.Of(1), At(1)).Add("b", NixInt.Of(2), At(2));
        var first = builder.Build();
        Assert.Equal("a=1@1 b=2@2", Show(first));

        // Whatever is added afterwards makes a new set and leaves the first one as it was.
        builder.Add("c", NixInt.Of(3)).Add("a", NixInt.Of(4));
        var second = builder.Build();
        Assert.Equal("a=4@0 c=3@0", Show(second));
        Assert.Equal("a=1@1 b=2@2", Show(first));
    }

    [Fact]
    public void Unsorted_additions_are_sorted_and_the_last_of_equal_names_wins()
    {
        var builder = new AttrsBuilder(8);
        foreach (var (name, value) in new[] { ("z", 1), ("b", 2), ("z", 3), ("a", 4), ("b", 5) })
            builder.Add(name, NixInt.Of(value), At(value));
        Assert.Equal("a=4@4 b=5@5 z=3@3", Show(builder.Build()));
    }

    [Fact]
    public void Growing_past_the_capacity_keeps_everything()
    {
        var builder = new AttrsBuilder(1);
        for (int i = 9; i >= 0; i--) builder.Add($"n{i}", NixInt.Of(i));
        Assert.Equal(string.Join(" ", Enumerable.Range(0, 10).Select(i => $"n{i}={i}@0")), Show(builder.Build()));
    }
}
