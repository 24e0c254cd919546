namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;

public sealed class FileBuiltinsTests : BuiltinTestBase
{
    [Fact]
    public void ReadFileReturnsTheBytes()
    {
        var path = Path.Combine(Dir, "f.txt");
        File.WriteAllBytes(path, [(byte)'h', 0xC3, 0xA9, (byte)'\n']);
        var s = Assert.IsType<NixString>(Call("readFile", P(path)));
        Assert.Equal("h\u00C3\u00A9\n", s.Text); // byte-string convention: é is two chars
        Assert.False(s.HasContext);
        Assert.Equal("h\u00C3\u00A9\n", CallString("readFile", S(path))); // a string naming an absolute path works too
    }

    [Fact]
    public void ReadFileErrorsAsNix()
    {
        var missing = Path.Combine(Dir, "missing");
        Assert.Equal($"path '{missing}' does not exist", Assert.Throws<EvalError>(() => Call("readFile", P(missing))).Message);
        Assert.Equal($"file '{Dir}' is not a regular file", Assert.Throws<EvalError>(() => Call("readFile", P(Dir))).Message);
        var withNul = Path.Combine(Dir, "nul");
        File.WriteAllBytes(withNul, [(byte)'a', 0, (byte)'b']);
        Assert.Equal($"the contents of the file '{withNul}' cannot be represented as a Nix string",
            Assert.Throws<EvalError>(() => Call("readFile", P(withNul))).Message);
        var e = Assert.Throws<EvalError>(() => Call("readFile", S("relative")));
        Assert.Equal("string 'relative' doesn't represent an absolute path", e.Message);
        Assert.Equal("while realising the context of a path", e.Trace[0].Message);
        e = Assert.Throws<TypeError>(() => Call("readFile", L()));
        Assert.Equal("cannot coerce a list to a string: [ ]", e.Message);
    }

    [Fact]
    public void ReadFileFollowsSymlinks()
    {
        var target = WriteFile("target", "via link");
        File.CreateSymbolicLink(Path.Combine(Dir, "link"), target);
        Assert.Equal("via link", CallString("readFile", P(Path.Combine(Dir, "link"))));
    }

    [Fact]
    public void ReadDirListsEntriesWithTheirTypes()
    {
        WriteFile("bar", "");
        Directory.CreateDirectory(Path.Combine(Dir, "foo"));
        WriteFile("foo/git-hates-directories", "");
        File.CreateSymbolicLink(Path.Combine(Dir, "ldir"), "foo");
        File.CreateSymbolicLink(Path.Combine(Dir, "linked"), "foo/git-hates-directories");
        var attrs = Assert.IsType<NixAttrs>(Call("readDir", P(Dir)));
        // { bar = "regular"; foo = "directory"; ldir = "symlink"; linked = "symlink"; } as nix-instantiate 2.8 gives.
        Assert.Equal(["bar", "foo", "ldir", "linked"], attrs.Names.ToArray());
        Assert.Equal(["regular", "directory", "symlink", "symlink"], attrs.Values.ToArray().Select(v => ((NixString)v).Text));
        // A symlink to a directory is followed.
        var inner = Assert.IsType<NixAttrs>(Call("readDir", P(Path.Combine(Dir, "ldir"))));
        Assert.Equal(["git-hates-directories"], inner.Names.ToArray());
        // Not a directory: the error names the symlink's target.
        Assert.Equal($"'{Dir}/foo/git-hates-directories' is not a directory",
            Assert.Throws<EvalError>(() => Call("readDir", P(Path.Combine(Dir, "linked")))).Message);
        Assert.Equal("path '/this/path/really/should/not/exist' does not exist",
            Assert.Throws<EvalError>(() => Call("readDir", P("/this/path/really/should/not/exist"))).Message);
    }

    [Fact]
    public void ReadFileTypeDoesNotFollowTheFinalSymlink()
    {
        WriteFile("bar", "");
        File.CreateSymbolicLink(Path.Combine(Dir, "ldir"), ".");
        Assert.Equal("regular", CallString("readFileType", P(Path.Combine(Dir, "bar"))));
        Assert.Equal("directory", CallString("readFileType", P(Dir)));
        Assert.Equal("symlink", CallString("readFileType", P(Path.Combine(Dir, "ldir"))));
        Assert.Throws<EvalError>(() => Call("readFileType", P(Path.Combine(Dir, "none"))));
    }

    [Fact]
    public void SocketsAndDevicesAreUnknown()
    {
        // A Unix socket made by binding one (no external tool); /dev/null is a character device.
        var socketPath = Path.Combine(Dir, "sock");
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(socketPath));
        WriteFile("plain", "x");
        Assert.Equal("unknown", CallString("readFileType", P(socketPath)));
        Assert.Equal("unknown", CallString("readFileType", P("/dev/null")));
        var entries = Assert.IsType<NixAttrs>(Call("readDir", P(Dir)));
        Assert.Equal("unknown", Assert.IsType<NixString>(entries.Get("sock")!.Force(Ctx)).Text);
        Assert.Equal("regular", Assert.IsType<NixString>(entries.Get("plain")!.Force(Ctx)).Text);
    }

    [Fact]
    public void PathCoercionFramesNestAsNix()
    {
        // Upstream eval-fail-readFileType-outPath-non-absolute: the coercion's own frame is innermost, the peel's outside it.
        var e = Assert.Throws<EvalError>(() => Call("readFileType", A(("outPath", S("not-absolute")))));
        Assert.Equal("string 'not-absolute' doesn't represent an absolute path", e.Message);
        Assert.Equal("while realising the context of a path", e.Trace[0].Message);
        Assert.Equal("while using the `outPath` attribute", e.Trace[1].Message);
        var toString = new PrimOp("f", 1, (c, a, p) => S("rel"));
        e = Assert.Throws<EvalError>(() => Call("readFileType", A(("__toString", toString))));
        Assert.Equal("while using the result of the `__toString` attribute", e.Trace[1].Message);
        e = Assert.ThrowsAny<EvalError>(() => Call("readFileType", A(("__toString", S("not a function")))));
        Assert.Equal("while calling the `__toString` attribute", e.Trace[0].Message);
    }

    [Fact]
    public void PathExistsDistinguishesTrailingSlashes()
    {
        var lib = WriteFile("lib.nix", "1");
        File.CreateSymbolicLink(Path.Combine(Dir, "broken"), "nowhere");
        Assert.Equal(NixBool.True, Call("pathExists", P(lib)));
        Assert.Equal(NixBool.True, Call("pathExists", S(lib)));
        Assert.Equal(NixBool.False, Call("pathExists", S(lib + "/")));
        Assert.Equal(NixBool.False, Call("pathExists", S(lib + "/.")));
        Assert.Equal(NixBool.False, Call("pathExists", S(lib + "/./")));
        Assert.Equal(NixBool.True, Call("pathExists", S(Dir + "/")));
        Assert.Equal(NixBool.True, Call("pathExists", S(Dir + "/../" + Path.GetFileName(Dir) + "/.")));
        Assert.Equal(NixBool.False, Call("pathExists", P(Path.Combine(Dir, "bla.nix"))));
        Assert.Equal(NixBool.True, Call("pathExists", P(Path.Combine(Dir, "broken")))); // a dangling link exists
        Assert.Equal(NixBool.True, Call("pathExists", A(("outPath", S(lib)))));
        var e = Assert.Throws<EvalError>(() => Call("pathExists", S("zorglub")));
        Assert.Equal("string 'zorglub' doesn't represent an absolute path", e.Message);
    }

    [Fact]
    public void ToPathCanonicalisesAndKeepsContext()
    {
        var s = Assert.IsType<NixString>(Call("toPath", S("/a/./b//c/../d/", "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x")));
        Assert.Equal("/a/b/d", s.Text);
        Assert.True(s.HasContext);
        Assert.Equal("/x/y", CallString("toPath", P("/x/y")));
        var e = Assert.Throws<EvalError>(() => Call("toPath", S("foo/bar")));
        Assert.Equal("string 'foo/bar' doesn't represent an absolute path", e.Message);
        Assert.Equal("while evaluating the first argument passed to builtins.toPath", e.Trace[0].Message);
    }

    [Fact]
    public void GetEnvReadsTheEnvironmentUnlessPure()
    {
        Environment.SetEnvironmentVariable("ARCA_TEST_GETENV", "foo");
        Assert.Equal("foo", CallString("getEnv", S("ARCA_TEST_GETENV")));
        Assert.Equal("", CallString("getEnv", S("ARCA_TEST_NO_SUCH_VAR")));
        Options.PureEval = true;
        Assert.Equal("", CallString("getEnv", S("ARCA_TEST_GETENV")));
        var e = Assert.Throws<TypeError>(() => Call("getEnv", L()));
        Assert.Equal("expected a string but found a list: [ ]", e.Message);
        Assert.Equal("while evaluating the first argument passed to builtins.getEnv", e.Trace[0].Message);
    }

    [Fact]
    public void NativeCodeBuiltinsExistOnlyWhenAllowed()
    {
        Assert.Null(Ctx.Builtins.Get("exec"));
        Assert.Null(Ctx.Builtins.Get("importNative"));
        var allowed = new Arca.Language.Evaluation.EvalContext(
            new Arca.Language.Evaluation.EvalOptions { AllowUnsafeNativeCode = true }, new Arca.Language.Evaluation.FileSystemEvalIO());
        Assert.NotNull(allowed.Builtins.Get("exec"));
    }
}
