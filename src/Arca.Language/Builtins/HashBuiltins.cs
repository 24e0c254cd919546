namespace Arca.Language.Builtins;

using Arca.Core;
using Arca.Core.Hashing;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary><c>hashString</c>, <c>hashFile</c> (base-16 digests), <c>convertHash</c> between Nix's hash encodings, and <c>placeholder</c>.</summary>
public static class HashBuiltins
{
    public static void Register(BuiltinTable table)
    {
        table.Add("hashString", 2, HashString);
        table.Add("hashFile", 2, HashFile);
        table.Add("convertHash", 1, ConvertHash);
        table.Add("placeholder", 1, Placeholder, global: true); // unprefixed in Nix, like map and toString
    }

    /// <summary>
    /// The placeholder for an output, replaced by the output's path at build time: "/" and the nix-base32 SHA-256 of
    /// "nix-output:NAME" (Nix's hashPlaceholder).
    /// </summary>
    private static Value Placeholder(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var output = IoArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.placeholder");
        return new NixString("/" + Hash.Compute(HashAlgorithm.Sha256, ByteString.ToBytes("nix-output:" + output)).ToNixBase32());
    }

    private static Value HashString(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var algorithm = ParseAlgorithm(ctx,
            IoArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.hashString"));
        // The context is discarded: a hash of a store path's name does not depend on the path's contents.
        var text = IoArgs.String(ctx, args[1], "while evaluating the second argument passed to builtins.hashString").Text;
        // Package sets hash a string per package: the digest, and a short string's bytes, are kept on the stack.
        Span<byte> digest = stackalloc byte[algorithm.Size()];
        if (text.Length > 4096) Hash.ComputeInto(algorithm, ByteString.ToBytes(text), digest);
        else
        {
            Span<byte> bytes = stackalloc byte[text.Length];
            ByteString.CopyTo(text, bytes);
            Hash.ComputeInto(algorithm, bytes, digest);
        }
        return new NixString(Convert.ToHexStringLower(digest));
    }

    private static Value HashFile(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var algorithm = ParseAlgorithm(ctx,
            IoArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.hashFile"));
        var path = IoArgs.RealisePath(ctx, args[1]);
        return new NixString(Hash.Compute(algorithm, FileBuiltins.ReadRegularFile(ctx, path)).ToBase16());
    }

    private static Value ConvertHash(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var attrs = IoArgs.Attrs(ctx, args[0], "while evaluating the first argument passed to builtins.convertHash");
        var hash = IoArgs.StringNoContext(ctx, RequireAttr(attrs, "hash"), "while evaluating the attribute 'hash'");
        HashAlgorithm? algorithm = null;
        if (attrs.TryGet("hashAlgo", out var algoValue))
            algorithm = ParseAlgorithm(ctx, IoArgs.StringNoContext(ctx, algoValue, "while evaluating the attribute 'hashAlgo'"));
        var format = ParseFormat(ctx,
            IoArgs.StringNoContext(ctx, RequireAttr(attrs, "toHashFormat"), "while evaluating the attribute 'toHashFormat'"));
        try
        {
            return new NixString(Hash.Parse(hash, algorithm).ToString(format, includeAlgorithm: format == HashFormat.Sri));
        }
        catch (ArcaException e)
        {
            throw new EvalError(e.Message);
        }
    }

    /// <summary>getAttr with Nix's "attribute 'x' missing" and its frame.</summary>
    private static Value RequireAttr(NixAttrs attrs, string name) =>
        attrs.TryGet(name, out var value)
            ? value
            : throw new TypeError($"attribute '{name}' missing").AddTrace(Pos.None, $"while locating the attribute '{name}'");

    /// <summary>Nix's parseHashAlgo, including its wording (BLAKE3 is experimental in Nix and absent here).</summary>
    internal static HashAlgorithm ParseAlgorithm(EvalContext ctx, string name)
    {
        if (HashAlgorithmNames.TryParse(name, out var algorithm)) return algorithm;
        if (name == "blake3")
        {
            if (!ctx.Options.ExperimentalFeatures.Contains("blake3-hashes"))
                throw new EvalError("experimental Nix feature 'blake3-hashes' is disabled; add '--extra-experimental-features blake3-hashes' to enable it");
            throw new EvalError("hash algorithm 'blake3' is not supported by Arca");
        }
        throw new UsageError($"unknown hash algorithm '{name}', expect 'blake3', 'md5', 'sha1', 'sha256', or 'sha512'");
    }

    private static HashFormat ParseFormat(EvalContext ctx, string name)
    {
        switch (name)
        {
            case "base16": return HashFormat.Base16;
            case "nix32": return HashFormat.NixBase32;
            case "base32":
                ctx.Diagnostics.WriteLine("warning: \"base32\" is a deprecated alias for hash format \"nix32\".");
                return HashFormat.NixBase32;
            case "base64": return HashFormat.Base64;
            case "sri": return HashFormat.Sri;
            default: throw new UsageError($"unknown hash format '{name}', expect 'base16', 'base32', 'base64', or 'sri'");
        }
    }
}
