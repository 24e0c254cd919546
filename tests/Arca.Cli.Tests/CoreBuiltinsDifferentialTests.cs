namespace Arca.Cli.Tests;

using Xunit.Abstractions;

/// <summary>
/// The pure core builtins (lists, sets, strings, numbers, types, control) through the real executable, compared byte
/// for byte with the oracle. Only expressions where Nix 2.8 and latest Nix agree are here; the differences (new
/// builtins such as warn/break/traceVerbose, unsafeGetAttrPos on «string», error texts) are unit-tested in
/// Arca.Language.Tests against latest Nix. The expressions are grouped into a few lists so the test starts few processes.
/// </summary>
public sealed class CoreBuiltinsDifferentialTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Groups => new()
    {
        { "strings", """
            [ (builtins.substring 1 2 "héllo") (builtins.substring 0 (-1) "abc") (builtins.substring 5 1 "abc")
              (builtins.stringLength "héllo") (builtins.replaceStrings [""] ["X"] "abc")
              (builtins.replaceStrings ["" "a"] ["X" "Y"] "abc") (builtins.replaceStrings ["a" ""] ["Y" "X"] "abc")
              (builtins.replaceStrings ["ab" "b"] ["1" "2"] "abbb") (builtins.replaceStrings [] [] "abc")
              (builtins.concatStringsSep ", " [ "a" "b" ]) (builtins.concatStringsSep "" [ ])
              (toString [ 1 [ ] 2 [ [ ] ] "x" null true false 1.5 ]) (toString { outPath = "x"; })
              (toString { __toString = self: 42; }) (baseNameOf "/a/b/") (baseNameOf "a//") (baseNameOf /a/b)
              (dirOf "/a/b/") (dirOf "a") (dirOf /a/b) (dirOf "/") ]
            """ },
        { "sets", """
            [ (builtins.attrNames { b = 1; a = 2; "é" = 3; "Z" = 4; }) (builtins.attrValues { b = 1; a = 2; })
              (builtins.listToAttrs [ { name = "a"; value = 1; } { name = "a"; value = 2; } { name = "b"; value = 3; } ])
              (builtins.intersectAttrs { a = 1; b = 2; } { b = 3; c = 4; }) (builtins.removeAttrs { a = 1; b = 2; } [ "a" "z" ])
              (builtins.catAttrs "a" [ { a = 1; } { b = 2; } { a = 3; } ])
              (builtins.mapAttrs (n: v: n + toString v) { a = 1; b = 2; })
              (builtins.zipAttrsWith (n: vs: vs) [ { a = 1; } { a = 2; b = 3; } ])
              (builtins.getAttr "a" { a = 1; }) (builtins.hasAttr "a" { a = 1; }) ]
            """ },
        { "lists", """
            [ (builtins.groupBy (x: if x > 2 then "big" else "small") [ 1 2 3 4 ])
              (builtins.partition (x: x > 2) [ 1 2 3 4 ]) (builtins.sort (a: b: a < b) [ 3 1 2 1 ])
              (builtins.sort builtins.lessThan [ "b" "a" "C" ]) (builtins.sort builtins.lessThan [ [ 2 ] [ 1 2 ] [ 1 ] [ ] ])
              (builtins.sort (a: b: a.k < b.k) [ { k = 2; v = 1; } { k = 1; v = 2; } { k = 2; v = 3; } { k = 1; v = 4; } ])
              (builtins.genList (x: x * x) 5) (builtins.concatMap (x: [ x x ]) [ 1 2 ])
              (builtins.concatLists [ [ 1 ] [ ] [ 2 3 ] ]) (builtins.foldl' (a: b: a + b) 0 [ 1 2 3 ])
              (builtins.any (x: x > 2) [ 1 2 3 ]) (builtins.all (x: x > 2) [ 1 2 3 ]) (builtins.elem 2 [ 1 2.0 ])
              (builtins.elemAt [ 1 2 3 ] 1) (builtins.head [ 1 2 ]) (builtins.tail [ 1 2 3 ]) (builtins.length [ 1 2 3 ])
              (builtins.filter (x: x > 1) [ 1 2 3 ])
              (builtins.genericClosure { startSet = [ { key = 1; } ]; operator = x: if x.key < 5 then [ { key = x.key + 1; } { key = x.key; } ] else [ ]; }) ]
            """ },
        { "control-numbers-types", """
            [ (builtins.tryEval (throw "x")) (builtins.tryEval (assert false; 1)) (builtins.tryEval 1) (builtins.seq 1 2)
              (builtins.deepSeq [ 1 { a = 2; } ] 3) (builtins.addErrorContext "ctx" 1)
              (builtins.bitAnd 12 10) (builtins.bitOr 12 10) (builtins.bitXor 12 10) (builtins.bitAnd (-1) 7)
              (builtins.ceil 1.5) (builtins.floor (-1.5)) (builtins.ceil 3) (builtins.floor 2.0)
              (map (x: builtins.typeOf x) [ 1 1.0 "s" ./. null true {} [] (x: x) builtins.map ])
              (map (f: f 1) [ builtins.isInt builtins.isFloat builtins.isString builtins.isBool builtins.isNull
                builtins.isList builtins.isAttrs builtins.isFunction builtins.isPath ]) ]
            """ },
        { "big", "builtins.length (builtins.sort builtins.lessThan (builtins.genList (x: 100000 - x) 100000))" },
    };

    [Theory]
    [MemberData(nameof(Groups))]
    public void Output_matches_nix(string group, string expression)
    {
        var nix = Oracle.Require("nix-instantiate", output);
        if (nix is null) return;
        string[] args = ["--eval", "--strict", "-E", expression];
        var expected = ArcaProcess.RunProgram(nix, args);
        var actual = ArcaProcess.Run(["nix-instantiate", .. args]);
        Assert.True(expected.ExitCode == 0, $"{group}: the oracle failed: {expected.Stderr}");
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(expected.Stdout, actual.Stdout);
    }

    public static TheoryData<string> Failures => new()
    {
        "builtins.head [ ]",
        "builtins.elemAt [ 1 ] 5",
        "builtins.substring (-1) 1 \"x\"",
        "builtins.genList (x: x) (-1)",
        "builtins.tryEval (abort \"no\")",
        "builtins.sort (a: b: 1) [ 1 2 ]",
        "builtins.genericClosure { startSet = [ { key = 1; } { key = \"a\"; } ]; operator = x: [ ]; }",
        "builtins.listToAttrs [ { name = 1; value = 2; } ]",
        "builtins.replaceStrings [ \"a\" ] [ ] \"a\"",
        "builtins.deepSeq { x = throw \"deep\"; } 1",
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Fails_like_nix(string expression)
    {
        var nix = Oracle.Require("nix-instantiate", output);
        if (nix is null) return;
        string[] args = ["--eval", "--strict", "-E", expression];
        var expected = ArcaProcess.RunProgram(nix, args);
        var actual = ArcaProcess.Run(["nix-instantiate", .. args]);
        Assert.Equal(1, expected.ExitCode);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.StartsWith("error:", actual.Stderr);
    }
}
