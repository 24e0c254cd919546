namespace Arca.Store.Derivations;

using Arca.Core.Hashing;
using Arca.Store.Paths;

/// <summary>
/// Writes a derivation as the ATerm text of a .drv file, byte for byte as Nix does:
/// <c>Derive([outputs],[inputDrvs],[inputSrcs],"system","builder",[args],[env])</c>. Builder, arguments and
/// environment are escaped (<c>"</c> <c>\</c> newline, CR, tab); store paths, output names, hashes and the platform
/// are written without escaping, as Nix writes them. Derivations with dynamic-derivation inputs use Nix's versioned
/// form <c>DrvWithVersion("xp-dyn-drv",…)</c>.
/// </summary>
public static class ATermWriter
{
    public static byte[] Write(Derivation drv, StoreDirectory store)
    {
        var buffer = new ATermBuffer(EstimateSize(drv));
        WriteTo(buffer, drv, store, moduloInputs: null, maskOutputs: false);
        return buffer.ToArray();
    }

    /// <summary>Writes the .drv text into <paramref name="buffer"/> (cleared first), for callers that reuse one buffer.</summary>
    public static void Write(Derivation drv, StoreDirectory store, ATermBuffer buffer)
    {
        buffer.Clear();
        WriteTo(buffer, drv, store, moduloInputs: null, maskOutputs: false);
    }

    /// <summary>
    /// Writes <paramref name="drv"/>, or its hash-modulo form: input derivations replaced by
    /// <paramref name="moduloInputs"/> (hash, written in base16 → outputs, sorted by hash) and, with <paramref name="maskOutputs"/>, every output
    /// written as deferred and the environment variable of each output emptied.
    /// </summary>
    internal static void WriteTo(ATermBuffer s, Derivation drv, StoreDirectory store,
        ModuloInput[]? moduloInputs, bool maskOutputs)
    {
        bool dynamic = false;
        if (moduloInputs is null)
            for (int i = 0; i < drv.InputDerivations.Count; i++)
                if (drv.InputDerivations.GetValueAtIndex(i).IsDynamic) { dynamic = true; break; }

        if (dynamic)
        {
            s.Append("DrvWithVersion(");
            s.AppendUnescapedQuoted("xp-dyn-drv");
            s.Append(',');
        }
        else
        {
            s.Append("Derive(");
        }

        // The derivation's maps are walked by index: no enumerator is allocated for the three writes per derivation.
        s.Append('[');
        var outputs = drv.Outputs;
        for (int i = 0; i < outputs.Count; i++)
        {
            var name = outputs.GetKeyAtIndex(i);
            var output = outputs.GetValueAtIndex(i);
            if (i > 0) s.Append(',');
            s.Append('(');
            s.AppendUnescapedQuoted(name);
            WriteOutput(s, maskOutputs ? DerivationOutput.Deferred.Instance : output, store, drv.Name, name);
            s.Append(')');
        }

        s.Append("],[");
        if (moduloInputs is null)
        {
            var inputs = drv.InputDerivations;
            for (int i = 0; i < inputs.Count; i++)
            {
                if (i > 0) s.Append(',');
                s.Append('(');
                s.AppendQuotedStorePath(store, inputs.GetKeyAtIndex(i));
                WriteInputNode(s, inputs.GetValueAtIndex(i));
                s.Append(')');
            }
        }
        else
        {
            for (int i = 0; i < moduloInputs.Length; i++)
            {
                var (hash, usedOutputs) = moduloInputs[i];
                if (i > 0) s.Append(',');
                s.Append('(');
                s.AppendQuotedBase16(hash.Bytes);
                s.Append(',');
                if (usedOutputs is null) s.Append("[\"out\"]");
                else WriteUnescapedList(s, usedOutputs);
                s.Append(')');
            }
        }

        s.Append("],[");
        WriteStorePaths(s, store, drv.InputSources);
        s.Append("],");
        s.AppendUnescapedQuoted(drv.Platform);
        s.Append(',');
        s.AppendEscapedQuoted(drv.Builder);
        s.Append(",[");
        for (int i = 0; i < drv.Arguments.Count; i++)
        {
            if (i > 0) s.Append(',');
            s.AppendEscapedQuoted(drv.Arguments[i]);
        }
        s.Append("],[");
        var environment = drv.Environment;
        for (int i = 0; i < environment.Count; i++)
        {
            var key = environment.GetKeyAtIndex(i);
            if (i > 0) s.Append(',');
            s.Append('(');
            s.AppendEscapedQuoted(key);
            s.Append(',');
            s.AppendEscapedQuoted(maskOutputs && outputs.ContainsKey(key) ? "" : environment.GetValueAtIndex(i));
            s.Append(')');
        }
        s.Append("])");
    }

    /// <summary>The path, method/algorithm and hash columns of one output.</summary>
    private static void WriteOutput(ATermBuffer s, DerivationOutput output, StoreDirectory store, string drvName, string outputName)
    {
        s.Append(',');
        switch (output)
        {
            case DerivationOutput.InputAddressed ia:
                s.AppendQuotedStorePath(store, ia.Path);
                s.Append(",\"\",\"\"");
                break;
            case DerivationOutput.ContentAddressedFixed fixedOutput:
                s.AppendQuotedStorePath(store, fixedOutput.ComputePath(store, drvName, outputName));
                s.Append(',');
                WriteQuotedMethodAlgorithm(s, fixedOutput.Address.Method, fixedOutput.Address.Hash.Algorithm);
                s.Append(',');
                s.AppendQuotedBase16(fixedOutput.Address.Hash.Bytes);
                break;
            case DerivationOutput.ContentAddressedFloating floating:
                s.Append("\"\",");
                WriteQuotedMethodAlgorithm(s, floating.Method, floating.Algorithm);
                s.Append(",\"\"");
                break;
            case DerivationOutput.Deferred:
                s.Append("\"\",\"\",\"\"");
                break;
            case DerivationOutput.Impure impure:
                s.Append("\"\",");
                WriteQuotedMethodAlgorithm(s, impure.Method, impure.Algorithm);
                s.Append(",\"impure\"");
                break;
            default:
                throw new InvalidOperationException("unknown derivation output form");
        }
    }

    /// <summary><see cref="DerivationOutput.PrintMethodAlgorithm"/>, quoted, without concatenating a string.</summary>
    private static void WriteQuotedMethodAlgorithm(ATermBuffer s, ContentAddressMethod method, HashAlgorithm algorithm)
    {
        s.Append('"');
        s.Append(DerivationOutput.MethodPrefix(method));
        s.Append(algorithm.Name());
        s.Append('"');
    }

    private static void WriteInputNode(ATermBuffer s, DerivationInputNode node)
    {
        s.Append(',');
        if (!node.IsDynamic)
        {
            WriteUnescapedList(s, node.Outputs);
            return;
        }
        s.Append('(');
        WriteUnescapedList(s, node.Outputs);
        s.Append(",[");
        bool first = true;
        foreach (var (outputName, child) in node.DynamicOutputs)
        {
            if (!first) s.Append(',');
            first = false;
            s.Append('(');
            s.AppendUnescapedQuoted(outputName);
            WriteInputNode(s, child);
            s.Append(')');
        }
        s.Append("])");
    }

    /// <summary>
    /// Store paths separated by commas. Enumerating a SortedSet allocates its stack even when the set is empty, as
    /// input sources often are, so no enumerator is made for none or one.
    /// </summary>
    private static void WriteStorePaths(ATermBuffer s, StoreDirectory store, SortedSet<StorePath> paths)
    {
        if (paths.Count == 1)
        {
            s.AppendQuotedStorePath(store, paths.Min);
            return;
        }
        if (paths.Count == 0) return;
        bool first = true;
        foreach (var path in paths)
        {
            if (!first) s.Append(',');
            first = false;
            s.AppendQuotedStorePath(store, path);
        }
    }

    private static void WriteUnescapedList(ATermBuffer s, OutputNameSet items)
    {
        s.Append('[');
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) s.Append(',');
            s.AppendUnescapedQuoted(items[i]);
        }
        s.Append(']');
    }

    /// <summary>A buffer size that usually fits the whole ATerm, for one-off writes.</summary>
    internal static int EstimateSize(Derivation drv)
    {
        int size = 256 + drv.Builder.Length + drv.Platform.Length;
        for (int i = 0; i < drv.Environment.Count; i++)
            size += drv.Environment.GetKeyAtIndex(i).Length + drv.Environment.GetValueAtIndex(i).Length + 8;
        foreach (var arg in drv.Arguments) size += arg.Length + 3;
        size += (drv.InputDerivations.Count + drv.InputSources.Count + drv.Outputs.Count) * 100;
        return size;
    }
}
