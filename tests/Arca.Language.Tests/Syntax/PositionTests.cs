namespace Arca.Language.Tests.Syntax;

using Arca.Language.Syntax;
using static SyntaxTestKit;

/// <summary>Node positions are those Nix's getPos() gives, since errors are reported there.</summary>
public sealed class PositionTests
{
    private static string At(Pos pos) => pos.IsKnown ? $"{pos.Line}:{pos.Column}" : "none";

    [Fact]
    public void VariablesSelectionsAndCallsStartAtTheirFirstToken()
    {
        var call = Assert.IsType<CallExpr>(Parse("  (f)\n    a.b c"));
        Assert.Equal("1:3", At(call.Pos));
        var select = Assert.IsType<SelectExpr>(call.Args[0]);
        Assert.Equal("2:5", At(select.Pos));
        Assert.Equal("2:5", At(select.Target.Pos));
        Assert.Equal("2:9", At(call.Args[1].Pos));
    }

    [Fact]
    public void OperatorsAreAtTheOperator()
    {
        var sub = Assert.IsType<CallExpr>(Parse("a  -  b"));
        Assert.Equal("1:4", At(sub.Pos));
        Assert.Equal("none", At(sub.Function.Pos));
        var eq = Assert.IsType<BinaryExpr>(Parse("a == b"));
        Assert.Equal("1:3", At(eq.Pos));
        var neg = Assert.IsType<CallExpr>(Parse(" -a"));
        Assert.Equal("1:2", At(neg.Pos));
        Assert.Equal("none", At(neg.Args[0].Pos));
    }

    [Fact]
    public void NotAndHasAttrTakeTheirOperandsPosition()
    {
        var not = Assert.IsType<NotExpr>(Parse("! x"));
        Assert.Equal("1:3", At(not.Pos));
        var leq = Assert.IsType<NotExpr>(Parse("a <= b"));
        Assert.Equal("1:3", At(leq.Pos));
        var has = Assert.IsType<HasAttrExpr>(Parse("x ? y"));
        Assert.Equal("1:1", At(has.Pos));
    }

    [Fact]
    public void PlusRecordsWhereEachOperandStarts()
    {
        var plus = Assert.IsType<ConcatStringsExpr>(Parse("(a - b) + c"));
        Assert.False(plus.ForceString);
        Assert.Equal("1:9", At(plus.Pos));
        Assert.Equal(["1:1", "1:11"], plus.PartPositions!.Select(At));
    }

    [Fact]
    public void InterpolatedStringsRecordTheirParts()
    {
        var s = Assert.IsType<ConcatStringsExpr>(Parse("\"ab${c}d\""));
        Assert.True(s.ForceString);
        Assert.Equal("1:2", At(s.Pos));
        Assert.Equal(["1:2", "1:4", "1:8"], s.PartPositions!.Select(At));
        var single = Assert.IsType<ConcatStringsExpr>(Parse("\"${c}\""));
        Assert.Equal("1:2", At(single.Pos));
    }

    [Fact]
    public void IndentedStringConcatenationIsAtTheOpeningQuotes()
    {
        var lambda = Assert.IsType<LambdaExpr>(Parse("x: ''\n  a ${x}''"));
        var ind = Assert.IsType<ConcatStringsExpr>(lambda.Body);
        Assert.Equal("1:4", At(ind.Pos));
        Assert.Equal(["2:1", "2:5"], ind.PartPositions!.Select(At));
    }

    [Fact]
    public void InterpolatedPathsStartAtThePath()
    {
        var p = Assert.IsType<ConcatStringsExpr>(Parse(" ./a/${b}c"));
        Assert.False(p.ForceString);
        Assert.Equal("1:2", At(p.Pos));
        Assert.Equal(["1:2", "1:6", "1:10"], p.PartPositions!.Select(At));
        Assert.Equal("/base/dir/a/", Assert.IsType<PathExpr>(p.Parts[0]).Path);
    }

    [Fact]
    public void LiteralsAndLetHaveNoPosition()
    {
        Assert.False(Parse("1").Pos.IsKnown);
        Assert.False(Parse("1.5").Pos.IsKnown);
        Assert.False(Parse("\"s\"").Pos.IsKnown);
        Assert.False(Parse("./p").Pos.IsKnown);
        Assert.False(Parse("http://x").Pos.IsKnown);
        Assert.False(Parse("let a = 1; in a").Pos.IsKnown);
        Assert.False(Parse("[ ]").Pos.IsKnown);
        Assert.Equal("1:5", At(Parse("[   x ]").Pos));
    }

    [Fact]
    public void LambdasAndFormals()
    {
        var l = Assert.IsType<LambdaExpr>(Parse("\n  { b ? 1,\n a }: a"));
        Assert.Equal("2:3", At(l.Pos));
        Assert.Equal(["a", "b"], l.Formals!.Items.Select(f => f.Name));
        Assert.Equal("3:2", At(l.Formals.Items[0].Pos));
        Assert.Equal("2:5", At(l.Formals.Items[1].Pos));
        var at = Assert.IsType<LambdaExpr>(Parse("  args @ { }: 1"));
        Assert.Equal("1:3", At(at.Pos));
        Assert.Equal("args", at.Arg);
    }

    [Fact]
    public void BindingsAreAtTheStartOfTheirPath()
    {
        var set = Assert.IsType<AttrSetExpr>(Parse("{\n  a.b = 1;\n  inherit c;\n  inherit (d) e;\n  ${f} = 2;\n}"));
        Assert.Equal("1:1", At(set.Pos));
        var a = set.Attrs.Single(x => x.Name == "a");
        Assert.Equal("2:3", At(a.Pos));
        var nested = Assert.IsType<AttrSetExpr>(a.Value);
        Assert.False(nested.Pos.IsKnown); // Nix creates the nested set without a position
        Assert.Equal("2:3", At(nested.Attrs[0].Pos));
        var c = set.Attrs.Single(x => x.Name == "c");
        Assert.Equal(AttrKind.Inherited, c.Kind);
        Assert.Equal("3:11", At(c.Pos));
        Assert.Equal("3:11", At(Assert.IsType<VarExpr>(c.Value).Pos));
        var e = set.Attrs.Single(x => x.Name == "e");
        Assert.Equal(AttrKind.InheritedFrom, e.Kind);
        Assert.Equal(0, e.InheritFromIndex);
        Assert.Equal("4:15", At(e.Pos));
        var select = Assert.IsType<SelectExpr>(e.Value);
        Assert.Same(set.InheritFrom[0], select.Target);
        Assert.Equal("5:3", At(set.DynamicAttrs[0].Pos));
    }

    [Fact]
    public void KeywordsAndSetsStartAtTheirKeyword()
    {
        Assert.Equal("1:2", At(Parse(" if a then b else c").Pos));
        Assert.Equal("1:2", At(Parse(" assert a; b").Pos));
        Assert.Equal("1:2", At(Parse(" with a; b").Pos));
        Assert.Equal("1:2", At(Parse(" rec { }").Pos));
        Assert.Equal("1:2", At(Parse(" { }").Pos));
        var legacy = Assert.IsType<SelectExpr>(Parse(" let { body = 1; }"));
        Assert.Equal("1:2", At(legacy.Pos));
        Assert.Equal("1:2", At(legacy.Target.Pos));
        Assert.Equal("1:2", At(Parse(" __curPos").Pos));
        Assert.Equal("1:2", At(Parse(" <p>").Pos));
    }

    [Fact]
    public void CursedOrIsACallWithTheVariableAtTheFunction()
    {
        var call = Assert.IsType<CallExpr>(Parse("  f or"));
        var or = Assert.IsType<VarExpr>(call.Args[0]);
        Assert.Equal("or", or.Name);
        Assert.Equal("1:3", At(or.Pos));
    }

    [Theory]
    [InlineData("a\nb", 2, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\rb", 2, 1)]
    [InlineData("a\n\r\n\rb", 4, 1)]
    [InlineData("a   b", 1, 5)]
    [InlineData("\"\u00e9\" b", 1, 6)]
    public void LinesEndAtLfCrLfOrCrAndColumnsCountBytes(string source, int line, int column)
    {
        var call = Assert.IsType<CallExpr>(Parse(source));
        Assert.Equal(line, call.Args[0].Pos.Line);
        Assert.Equal(column, call.Args[0].Pos.Column);
    }

    [Fact]
    public void LambdasAreNamedAfterTheirBindings()
    {
        var set = Assert.IsType<AttrSetExpr>(Parse("{ f = a: b: a; g.h = x: x; i = (y: y); inherit j; k = [ (z: z) ]; }"));
        var f = Assert.IsType<LambdaExpr>(set.Attrs.Single(x => x.Name == "f").Value);
        Assert.Equal("f", f.Name);
        Assert.Equal("f", Assert.IsType<LambdaExpr>(f.Body).Name);
        var g = Assert.IsType<AttrSetExpr>(set.Attrs.Single(x => x.Name == "g").Value);
        Assert.Equal("h", Assert.IsType<LambdaExpr>(g.Attrs[0].Value).Name);
        Assert.Equal("i", Assert.IsType<LambdaExpr>(set.Attrs.Single(x => x.Name == "i").Value).Name);
        var k = Assert.IsType<ListExpr>(set.Attrs.Single(x => x.Name == "k").Value);
        Assert.Null(Assert.IsType<LambdaExpr>(k.Items[0]).Name);
        var let = Assert.IsType<LetExpr>(Parse("let f = x: x; in f"));
        Assert.Equal("f", Assert.IsType<LambdaExpr>(let.Bindings.Attrs[0].Value).Name);
        Assert.Null(Assert.IsType<LambdaExpr>(Parse("x: x")).Name);
    }

    [Fact]
    public void RelativePathsResolveAgainstTheSourceDirectory()
    {
        var source = SourceOf("../up/x", "/w/a/b");
        var path = Assert.IsType<PathExpr>(Parser.Parse(source, Options));
        Assert.Equal("/w/a/up/x", path.Path);
    }

    [Fact]
    public void HomeComesFromTheOptions()
    {
        var path = Assert.IsType<PathExpr>(Parse("~/.config", new ParserOptions("/h/me")));
        Assert.Equal("/h/me/.config", path.Path);
    }

    [Fact]
    public void NonAsciiTextStaysInBytes()
    {
        var s = Assert.IsType<StringExpr>(Parse("\"\u00e9\""));
        Assert.Equal("\u00c3\u00a9", s.Value);
        var set = Assert.IsType<AttrSetExpr>(Parse("{ \"\u00e9\" = 1; }"));
        Assert.Equal("\u00c3\u00a9", set.Attrs[0].Name);
    }
}
