namespace Arca.Store.Derivations;

using System.Text;
using Arca.Core.Hashing;
using Arca.Store.Paths;

/// <summary>
/// The strings that stand for output paths not known at evaluation time. They look like absolute paths
/// (<c>/</c> and a nix-base32 SHA-256) so they survive where paths are expected, and are replaced at build time.
/// </summary>
public static class Placeholders
{
    /// <summary>
    /// Nix's <c>hashPlaceholder</c> (<c>builtins.placeholder</c>): the derivation's own output <paramref name="outputName"/>,
    /// e.g. <c>/1rz4g4znpzjwh1xymhjpm42vipw92pr73vdgl6xs1hycac8kf2n9</c> for <c>out</c>. The name is a byte string.
    /// </summary>
    public static string ForOutput(string outputName) =>
        "/" + Hash.Compute(HashAlgorithm.Sha256, Encoding.Latin1.GetBytes("nix-output:" + outputName)).ToNixBase32();

    /// <summary>
    /// Nix's <c>DownstreamPlaceholder::unknownCaOutput</c>: output <paramref name="outputName"/> of the floating CA
    /// derivation <paramref name="drvPath"/>, as a downstream derivation refers to it.
    /// </summary>
    public static Hash UnknownContentAddressedOutput(StorePath drvPath, string outputName)
    {
        var drvName = drvPath.Name[..^4];
        var clearText = "nix-upstream-output:" + drvPath.HashPart + ":" + DerivationOutput.OutputPathName(drvName, outputName);
        return Hash.Compute(HashAlgorithm.Sha256, Encoding.Latin1.GetBytes(clearText));
    }

    /// <summary>Nix's <c>DownstreamPlaceholder::unknownDerivation</c>: an output of a derivation that is itself an output (dynamic derivations).</summary>
    public static Hash UnknownDerivationOutput(Hash placeholder, string outputName)
    {
        var clearText = "nix-computed-output:" + placeholder.Compress(20).ToNixBase32() + ":" + outputName;
        return Hash.Compute(HashAlgorithm.Sha256, Encoding.Latin1.GetBytes(clearText));
    }

    /// <summary>The text of a placeholder hash: <c>/</c> and its nix-base32 form.</summary>
    public static string Render(Hash placeholder) => "/" + placeholder.ToNixBase32();
}
