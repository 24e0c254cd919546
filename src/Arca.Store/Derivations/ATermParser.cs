namespace Arca.Store.Derivations;

using System.Text;
using Arca.Core.Hashing;
using Arca.Store.Paths;

/// <summary>
/// Reads the ATerm text of a .drv file (<c>Derive(…)</c>, or <c>DrvWithVersion("xp-dyn-drv",…)</c> for dynamic
/// derivations) into a <see cref="Derivation"/>, with Nix's rules: store paths must be in canonical form, a
/// fixed output's path must match its content address, and an input derivation must name some output. Malformed
/// text fails with a <see cref="DerivationFormatException"/> giving what was expected and the byte offset.
/// Strings come out as byte strings (one char per byte), so writing the result back reproduces the input.
/// </summary>
public sealed class ATermParser
{
    private readonly byte[] text;
    private readonly StoreDirectory store;
    private readonly string name;
    private int pos;

    private ATermParser(byte[] text, StoreDirectory store, string name)
    {
        this.text = text;
        this.store = store;
        this.name = name;
    }

    /// <summary>Parses the .drv text of the derivation called <paramref name="name"/> (the store path name minus <c>.drv</c>).</summary>
    public static Derivation Parse(byte[] text, StoreDirectory store, string name) =>
        new ATermParser(text, store, name).ParseDerivation();

    /// <summary>Reads a .drv file from the store; the derivation's name comes from its path.</summary>
    public static Derivation ParseFile(string path, StoreDirectory store)
    {
        var storePath = store.ParsePath(path);
        if (!storePath.IsDerivation)
            throw new DerivationException($"path '{path}' is not a derivation");
        var bytes = File.ReadAllBytes(path);
        try
        {
            return Parse(bytes, store, storePath.Name[..^4]);
        }
        catch (DerivationException e)
        {
            throw new DerivationException($"error parsing derivation '{path}': {e.Message}");
        }
    }

    private Derivation ParseDerivation()
    {
        var drv = new Derivation(name);
        bool versioned;
        if (StartsWith("Derive(")) { pos += "Derive(".Length; versioned = false; }
        else if (StartsWith("DrvWithVersion("))
        {
            pos += "DrvWithVersion(".Length;
            int at = pos;
            var version = ParseString();
            if (version != "xp-dyn-drv") throw new DerivationFormatException($"Unknown derivation ATerm format version '{version}'", at);
            Expect(',');
            versioned = true;
        }
        else throw new DerivationFormatException("derivation does not start with 'Derive' or 'DrvWithVersion'", pos);

        Expect('[');
        for (bool first = true; NextItem(ref first);)
        {
            Expect('(');
            var outputName = ParseString();
            var output = ParseOutput(outputName);
            drv.Outputs.TryAdd(outputName, output); // Nix's emplace: the first of two equal names wins
        }

        Expect(',');
        Expect('[');
        for (bool first = true; NextItem(ref first);)
        {
            Expect('(');
            int at = pos;
            var drvPath = ParseStorePath();
            Expect(',');
            var node = ParseInputNode(versioned);
            if (node.Outputs.Count == 0 && !node.IsDynamic)
                throw new DerivationFormatException($"inputDrvs entry for '{store.Print(drvPath)}' specifies no outputs", at);
            drv.InputDerivations[drvPath] = node;
            Expect(')');
        }

        Expect(',');
        Expect('[');
        for (bool first = true; NextItem(ref first);) drv.InputSources.Add(ParseStorePath());

        Expect(',');
        drv.Platform = ParseString();
        Expect(',');
        drv.Builder = ParseString();

        Expect(',');
        Expect('[');
        for (bool first = true; NextItem(ref first);) drv.Arguments.Add(ParseString());

        Expect(',');
        Expect('[');
        for (bool first = true; NextItem(ref first);)
        {
            Expect('(');
            var key = ParseString();
            Expect(',');
            drv.Environment[key] = ParseString();
            Expect(')');
        }
        Expect(')');
        if (pos != text.Length) throw new DerivationFormatException("unexpected data after the end of the derivation", pos);
        return drv;
    }

    private DerivationOutput ParseOutput(string outputName)
    {
        Expect(',');
        int pathAt = pos;
        var pathText = ParseString();
        Expect(',');
        int algoAt = pos;
        var methodAlgorithm = ParseString();
        Expect(',');
        int hashAt = pos;
        var hashText = ParseString();
        Expect(')');

        if (methodAlgorithm.Length == 0)
        {
            if (hashText.Length != 0)
                throw new DerivationFormatException($"derivation output '{outputName}' has a hash but no hash algorithm", hashAt);
            return pathText.Length == 0
                ? DerivationOutput.Deferred.Instance
                : new DerivationOutput.InputAddressed(ParseStorePath(pathText, pathAt));
        }

        var (method, algorithm) = ParseMethodAlgorithm(methodAlgorithm, algoAt);
        if (hashText == "impure")
        {
            if (pathText.Length != 0) throw new DerivationFormatException("impure derivation output should not specify output path", pathAt);
            return new DerivationOutput.Impure(method, algorithm);
        }
        if (hashText.Length != 0)
        {
            var path = ParseStorePath(pathText, pathAt);
            Hash hash;
            try
            {
                if (hashText.Contains(':') || hashText.Contains('-'))
                    throw new BadHashException($"hash '{hashText}' in a derivation output must be a bare digest");
                hash = Hash.Parse(hashText, algorithm);
            }
            catch (BadHashException e)
            {
                throw new DerivationFormatException(e.Message, hashAt);
            }
            var output = new DerivationOutput.ContentAddressedFixed(new ContentAddress(method, hash));
            // The path is redundant, but must agree, lest two derivations meaning the same thing hash differently.
            if (output.ComputePath(store, name, outputName) != path)
                throw new DerivationFormatException(
                    $"derivation output '{outputName}' has path '{pathText}', which does not match its content address", pathAt);
            return output;
        }
        if (pathText.Length != 0)
            throw new DerivationFormatException("content-addressing derivation output should not specify output path", pathAt);
        return new DerivationOutput.ContentAddressedFloating(method, algorithm);
    }

    /// <summary>Nix's <c>ContentAddressMethod::parsePrefix</c> then <c>parseHashAlgo</c>: <c>[r:|text:]ALGO</c>.</summary>
    internal static (ContentAddressMethod Method, HashAlgorithm Algorithm) ParseMethodAlgorithm(string text, int at)
    {
        ContentAddressMethod method;
        string rest;
        if (text.StartsWith("r:", StringComparison.Ordinal)) { method = ContentAddressMethod.NixArchive; rest = text[2..]; }
        else if (text.StartsWith("text:", StringComparison.Ordinal)) { method = ContentAddressMethod.Text; rest = text[5..]; }
        else if (text.StartsWith("git:", StringComparison.Ordinal))
            throw new DerivationFormatException($"derivation output uses git hashing ('{text}'), which Arca does not support", at);
        else { method = ContentAddressMethod.Flat; rest = text; }
        if (!HashAlgorithmNames.TryParse(rest, out var algorithm))
            throw new DerivationFormatException($"unknown hash algorithm '{rest}', expect 'md5', 'sha1', 'sha256', or 'sha512'", at);
        return (method, algorithm);
    }

    private DerivationInputNode ParseInputNode(bool versioned)
    {
        var node = new DerivationInputNode();
        if (!versioned || Peek() == '[')
        {
            ParseStringSet(node.Outputs);
            return node;
        }
        if (Peek() != '(') throw new DerivationFormatException("invalid inputDrvs entry in derivation", pos);
        Expect('(');
        ParseStringSet(node.Outputs);
        Expect(',');
        Expect('[');
        for (bool first = true; NextItem(ref first);)
        {
            Expect('(');
            var outputName = ParseString();
            Expect(',');
            node.DynamicOutputs[outputName] = ParseInputNode(versioned);
            Expect(')');
        }
        Expect(')');
        return node;
    }

    private void ParseStringSet(OutputNameSet into)
    {
        Expect('[');
        for (bool first = true; NextItem(ref first);) into.Add(ParseString());
    }

    private StorePath ParseStorePath()
    {
        int at = pos;
        return ParseStorePath(ParseString(), at);
    }

    /// <summary>Nix's <c>parseStorePathCanonical</c>: exactly <c>STOREDIR/BASENAME</c>, nothing to normalise.</summary>
    private StorePath ParseStorePath(string path, int at)
    {
        var prefix = store.Path + "/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || path.IndexOf('/', prefix.Length) >= 0)
            throw new DerivationFormatException($"path '{path}' is not a canonical store path in '{store.Path}'", at);
        try
        {
            return StorePath.Parse(path[prefix.Length..]);
        }
        catch (BadStorePathException e)
        {
            throw new DerivationFormatException(e.Message, at);
        }
    }

    /// <summary>A quoted string; a backslash escapes the next byte (<c>\n</c>, <c>\r</c>, <c>\t</c> are control characters).</summary>
    private string ParseString()
    {
        Expect('"');
        int start = pos;
        int end = Array.IndexOf(text, (byte)'"', start);
        int backslash = Array.IndexOf(text, (byte)'\\', start);
        if (end >= 0 && (backslash < 0 || backslash > end))
        {
            // Common case: no escapes.
            pos = end + 1;
            return Encoding.Latin1.GetString(text, start, end - start);
        }
        var builder = new StringBuilder();
        while (true)
        {
            if (pos >= text.Length) throw new DerivationFormatException("unterminated string in derivation", start - 1);
            byte b = text[pos++];
            if (b == '"') return builder.ToString();
            if (b == '\\')
            {
                if (pos >= text.Length) throw new DerivationFormatException("unterminated string in derivation", start - 1);
                byte escaped = text[pos++];
                builder.Append(escaped switch
                {
                    (byte)'n' => '\n',
                    (byte)'r' => '\r',
                    (byte)'t' => '\t',
                    _ => (char)escaped,
                });
            }
            else builder.Append((char)b);
        }
    }

    /// <summary>
    /// Steps through a list after its <c>[</c>: true when another item follows. Stricter than Nix, which also
    /// accepts items without commas between them; Nix never writes that.
    /// </summary>
    private bool NextItem(ref bool first)
    {
        int c = Peek();
        if (first)
        {
            first = false;
            if (c == ']') { pos++; return false; }
            return true;
        }
        if (c == ',') { pos++; return true; }
        if (c == ']') { pos++; return false; }
        throw new DerivationFormatException("expected string ',' or ']'", pos);
    }

    private int Peek() => pos < text.Length ? text[pos] : -1;

    private bool StartsWith(string literal)
    {
        if (text.Length - pos < literal.Length) return false;
        for (int i = 0; i < literal.Length; i++)
            if (text[pos + i] != literal[i]) return false;
        return true;
    }

    private void Expect(char c)
    {
        if (pos >= text.Length || text[pos] != c)
            throw new DerivationFormatException($"expected string '{c}'", pos);
        pos++;
    }
}
