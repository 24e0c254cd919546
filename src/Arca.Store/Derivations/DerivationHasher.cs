namespace Arca.Store.Derivations;

using Arca.Core.Hashing;
using Arca.Store.Paths;

/// <summary>
/// Nix's hash modulo of derivations and the output paths that follow from it. A derivation's identity as an input
/// (<see cref="HashInput(Derivation)"/>) replaces each input .drv path in its ATerm by that input's own hash modulo,
/// recursively, so output paths do not depend on how fixed-output inputs were fetched. Results for .drv paths are
/// memoised for the lifetime of this object (one evaluation); input derivations are loaded through the
/// <see cref="IDerivationResolver"/>. Not thread-safe, like the evaluator that uses it.
/// </summary>
public sealed class DerivationHasher(StoreDirectory store, IDerivationResolver resolver)
{
    /// <summary>Made on first use (a dictionary keyed by a struct is compiled at run time; start-up should not pay for it).</summary>
    private Dictionary<StorePath, DerivationHashModulo>? memoMap;
    private Dictionary<StorePath, DerivationHashModulo> Memo => memoMap ??= [];

    /// <summary>
    /// The ATerm of the derivation being hashed, reused for every hash. Safe because writing and hashing it never
    /// re-enters the hasher: inputs are hashed (recursively) before the text is written.
    /// </summary>
    private readonly ATermBuffer modulo = new();

    public StoreDirectory Store { get; } = store;

    /// <summary>Receives Nix's warnings (a deferred output's stale environment variable).</summary>
    public Action<string>? Warn { get; set; }

    /// <summary>The hash modulo of the derivation at <paramref name="drvPath"/>, loaded and hashed once.</summary>
    public DerivationHashModulo HashInput(StorePath drvPath)
    {
        if (Memo.TryGetValue(drvPath, out var known)) return known;
        var hash = HashInput(resolver.ReadDerivation(drvPath));
        Memo[drvPath] = hash;
        return hash;
    }

    /// <summary>
    /// Records the hash of a derivation just written (as <c>derivationStrict</c> does), so derivations using it
    /// need not read it back.
    /// </summary>
    public void Remember(StorePath drvPath, DerivationHashModulo hash) => Memo[drvPath] = hash;

    /// <summary>
    /// Nix's <c>hashInput</c>: the derivation's identity as an input of others, with its outputs as they are.
    /// </summary>
    public DerivationHashModulo HashInput(Derivation drv) => HashInput(drv, inputs: null, inputsKnown: false);

    /// <summary><see cref="HashInput(Derivation)"/> with the modulo inputs, when already worked out for this derivation.</summary>
    private DerivationHashModulo HashInput(Derivation drv, ModuloInput[]? inputs, bool inputsKnown)
    {
        if (drv.GetKind() == DerivationKind.FixedOutput)
        {
            // GetKind allows one fixed output only, named "out".
            var name = drv.Outputs.GetKeyAtIndex(0);
            return new DerivationHashModulo.FixedOutputHashes(name,
                FixedOutputHash(drv.Name, name, (DerivationOutput.ContentAddressedFixed)drv.Outputs.GetValueAtIndex(0)));
        }

        for (int i = 0; i < drv.Outputs.Count; i++)
            if (drv.Outputs.GetValueAtIndex(i) is not DerivationOutput.InputAddressed) return DerivationHashModulo.Deferred.Instance;

        if (!inputsKnown) inputs = ModuloInputs(drv);
        if (inputs is null) return DerivationHashModulo.Deferred.Instance;
        return new DerivationHashModulo.DerivationHash(HashModuloForm(drv, inputs, maskOutputs: false));
    }

    /// <summary>
    /// Nix's <c>modulo::hash</c>: the hash the derivation's own input-addressed output paths are made from —
    /// outputs written as deferred and their environment variables empty, so the hash does not depend on the
    /// paths it determines. Null when an input's outputs are not known yet (the outputs stay deferred).
    /// </summary>
    public Hash? HashForOutputPaths(Derivation drv)
    {
        for (int i = 0; i < drv.Outputs.Count; i++)
            if (drv.Outputs.GetValueAtIndex(i) is not (DerivationOutput.InputAddressed or DerivationOutput.Deferred))
                throw new InvalidOperationException("only input-addressed derivations have output paths from their hash");
        var inputs = ModuloInputs(drv);
        return inputs is null ? null : HashModuloForm(drv, inputs, maskOutputs: true);
    }

    /// <summary>The ATerm text whose hash <see cref="HashForOutputPaths"/> is, or null if deferred (for debugging and tests).</summary>
    public byte[]? MaskedModuloText(Derivation drv)
    {
        var inputs = ModuloInputs(drv);
        if (inputs is null) return null;
        modulo.Clear();
        ATermWriter.WriteTo(modulo, drv, Store, inputs, maskOutputs: true);
        return modulo.ToArray();
    }

    /// <summary>
    /// Nix's <c>fillInOutputPaths</c>: gives every deferred input-addressed output its path (when the inputs allow)
    /// and sets each output's environment variable when it is missing or empty; then checks, with Nix's errors, that
    /// stated paths and environment variables are right. Returns the filled-in derivation's
    /// <see cref="HashInput(Derivation)"/>, which <c>derivationStrict</c> needs next: worked out here, the inputs'
    /// hashes are collected once for both hashes.
    /// </summary>
    public DerivationHashModulo FillInOutputPaths(Derivation drv)
    {
        var inputs = ProcessOutputPaths(drv, fillIn: true, out bool inputsKnown);
        return HashInput(drv, inputs, inputsKnown);
    }

    /// <summary>Nix's <c>checkInvariants</c>: the checks of <see cref="FillInOutputPaths"/> without changing anything.</summary>
    public void CheckInvariants(Derivation drv) => ProcessOutputPaths(drv, fillIn: false, out _);

    /// <summary>Returns the modulo inputs if it needed them (<paramref name="inputsKnown"/>).</summary>
    private ModuloInput[]? ProcessOutputPaths(Derivation drv, bool fillIn, out bool inputsKnown)
    {
        drv.GetKind(); // throws on invalid combinations of outputs before hashing
        inputsKnown = false;
        ModuloInput[]? inputs = null;
        // The masked hash is needed only for the output paths, so it stays on the stack.
        Span<byte> drvHash = stackalloc byte[32];
        bool hashKnown = false;

        for (int i = 0; i < drv.Outputs.Count; i++)
        {
            var outputName = drv.Outputs.GetKeyAtIndex(i);
            var output = drv.Outputs.GetValueAtIndex(i);
            switch (output)
            {
                case DerivationOutput.InputAddressed or DerivationOutput.Deferred:
                    if (!inputsKnown)
                    {
                        inputs = ModuloInputs(drv);
                        inputsKnown = true;
                        if (inputs is not null)
                        {
                            WriteModuloForm(drv, inputs, maskOutputs: true);
                            System.Security.Cryptography.SHA256.HashData(modulo.Span, drvHash);
                            hashKnown = true;
                        }
                    }
                    if (hashKnown)
                    {
                        var outPath = Store.MakeOutputPath(outputName, drvHash, drv.Name);
                        if (output is DerivationOutput.InputAddressed ia)
                        {
                            if (ia.Path != outPath)
                                throw new DerivationException(
                                    $"derivation has incorrect output '{Store.Print(ia.Path)}', should be '{Store.Print(outPath)}'");
                            CheckEnvironment(drv, outputName, outPath, fillIn, isDeferred: false);
                        }
                        else if (fillIn)
                        {
                            // In place: the hash is already computed, and the other outputs are all deferred too
                            // (GetKind allows no mix), so replacing this one changes nothing still to be read.
                            drv.Outputs.SetValueAtIndex(i, new DerivationOutput.InputAddressed(outPath));
                            CheckEnvironment(drv, outputName, outPath, fillIn, isDeferred: true);
                        }
                        else
                        {
                            Warn?.Invoke(
                                $"derivation has incorrect deferred output, should be '{Store.Print(outPath)}'.\nThis will be an error in future versions of Nix; compatibility of CA derivations will be broken.");
                        }
                    }
                    else if (output is DerivationOutput.InputAddressed ia)
                    {
                        throw new DerivationException($"derivation has incorrect output '{Store.Print(ia.Path)}', should be deferred");
                    }
                    break;
                case DerivationOutput.ContentAddressedFixed fixedOutput:
                    CheckEnvironment(drv, outputName, fixedOutput.ComputePath(Store, drv.Name, outputName), fillIn, isDeferred: false);
                    break;
            }
        }
        return inputs;
    }

    private void CheckEnvironment(Derivation drv, string outputName, StorePath actual, bool fillIn, bool isDeferred)
    {
        var printed = Store.Print(actual);
        if (fillIn && (!drv.Environment.TryGetValue(outputName, out var existing) || existing.Length == 0))
            drv.Environment[outputName] = printed;
        if (!drv.Environment.TryGetValue(outputName, out var value))
            throw new DerivationException(
                $"derivation has missing environment variable '{outputName}', should be '{printed}' but is not present");
        if (value == printed) return;
        if (!isDeferred)
            throw new DerivationException(
                $"derivation has incorrect environment variable '{outputName}', should be '{printed}' but is actually '{value}'");
        Warn?.Invoke(
            $"derivation has incorrect environment variable '{outputName}', should be '{printed}' but is actually '{value}'\nThis will be an error in future versions of Nix; compatibility of CA derivations will be broken.");
        if (fillIn) drv.Environment[outputName] = printed;
    }

    /// <summary>
    /// The input derivations as hash (base16) → outputs, sorted by hash; a fixed-output input contributes one hash
    /// per output used, each standing for a derivation with the single output <c>out</c>. Null if an input is
    /// deferred or dynamic.
    /// </summary>
    private ModuloInput[]? ModuloInputs(Derivation drv)
    {
        // A fresh array per call, not a reused one: HashInput may recurse into this method for inputs not hashed yet.
        var inputs = new ModuloInput[drv.InputDerivations.Count];
        int count = 0;
        for (int i = 0; i < drv.InputDerivations.Count; i++)
        {
            var drvPath = drv.InputDerivations.GetKeyAtIndex(i);
            var node = drv.InputDerivations.GetValueAtIndex(i);
            if (node.IsDynamic) return null;
            switch (HashInput(drvPath))
            {
                case DerivationHashModulo.Deferred:
                    return null;
                case DerivationHashModulo.DerivationHash derivationHash:
                    inputs[count++] = new ModuloInput(derivationHash.Hash, node.Outputs);
                    break;
                case DerivationHashModulo.FixedOutputHashes hashes:
                    foreach (var outputName in node.Outputs)
                    {
                        // A fixed-output input named with several outputs (only "out" exists) is the one way to outgrow the array.
                        if (count == inputs.Length) Array.Resize(ref inputs, count + node.Outputs.Count);
                        inputs[count++] = FixedInput(hashes, outputName, drv);
                    }
                    break;
            }
        }
        if (count < inputs.Length) Array.Resize(ref inputs, count);
        Array.Sort(inputs, ModuloInput.CompareByHash);
        return ModuloInput.MergeEqualHashes(inputs);
    }

    /// <summary>A fixed-output input: the hash of the output used, standing for a derivation with just <c>out</c>.</summary>
    private static ModuloInput FixedInput(DerivationHashModulo.FixedOutputHashes hashes, string outputName, Derivation drv) =>
        hashes.TryGetHash(outputName, out var outputHash)
            ? new ModuloInput(outputHash, Outputs: null)
            : throw new DerivationException($"no hash for output '{outputName}' of derivation '{drv.Name}'");

    /// <summary>SHA-256 of <c>fixed:out:METHODALGO:HASH:PATH</c> (UTF-8): a fixed output's identity as an input.</summary>
    private Hash FixedOutputHash(string drvName, string outputName, DerivationOutput.ContentAddressedFixed output)
    {
        var address = output.Address;
        var text = new StorePathFingerprint(stackalloc byte[512]);
        text.Append("fixed:out:");
        text.Append(DerivationOutput.MethodPrefix(address.Method));
        text.AppendBase16(address.Hash); // algo:base16
        text.Append(':');
        text.Append(Store.Path);
        text.Append('/');
        text.Append(output.ComputePath(Store, drvName, outputName).BaseName);
        return text.FinishSha256();
    }

    private Hash HashModuloForm(Derivation drv, ModuloInput[] inputs, bool maskOutputs)
    {
        WriteModuloForm(drv, inputs, maskOutputs);
        return Hash.Compute(HashAlgorithm.Sha256, modulo.Span);
    }

    /// <summary>Writes the hash-modulo form into <see cref="modulo"/>.</summary>
    private void WriteModuloForm(Derivation drv, ModuloInput[] inputs, bool maskOutputs)
    {
        modulo.Clear();
        ATermWriter.WriteTo(modulo, drv, Store, inputs, maskOutputs);
    }
}
