namespace Arca.Language.Flakes;

using System.Text.RegularExpressions;

/// <summary>
/// One of Nix's input schemes (fetchers::InputScheme), reduced to what flake references need: recognising a URL,
/// checking attributes, and printing a URL. Nix tries the schemes in the order of their names; so does <see cref="All"/>.
/// </summary>
public abstract class InputScheme
{
    /// <summary>The schemes, ordered by name as Nix's registry map orders them.</summary>
    public static IReadOnlyList<InputScheme> All { get; } =
    [
        new CurlInputScheme("file"),
        new GitInputScheme(),
        new GitArchiveInputScheme("github"),
        new GitArchiveInputScheme("gitlab"),
        new MercurialInputScheme(),
        new IndirectInputScheme(),
        new PathInputScheme(),
        new GitArchiveInputScheme("sourcehut"),
        new CurlInputScheme("tarball"),
    ];

    public static InputScheme? Find(string name)
    {
        foreach (var scheme in All)
            if (scheme.Name == name) return scheme;
        return null;
    }

    /// <summary>A full match of a Git commit hash (Nix's revRegex).</summary>
    public static readonly Regex RevRegex = new("^[0-9a-fA-F]{40}\\z", RegexOptions.CultureInvariant);

    /// <summary>The value of <c>type</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The attribute names besides <c>type</c> that the scheme accepts.</summary>
    public abstract IReadOnlySet<string> AllowedAttrs { get; }

    /// <summary>The experimental feature the scheme needs, if any.</summary>
    public virtual string? ExperimentalFeature => null;

    /// <summary>The input's attributes when the URL is for this scheme; null when it is not.</summary>
    public abstract InputAttrs? AttrsFromUrl(ParsedUrl url, bool requireTree, FlakeRefEnvironment environment);

    /// <summary>Nix's inputFromAttrs: checks the values and returns the attributes to keep.</summary>
    public abstract InputAttrs ValidateAttrs(InputAttrs attrs, FlakeRefEnvironment environment);

    public abstract ParsedUrl ToUrl(FetcherInput input, FlakeRefEnvironment environment);

    /// <summary>Nix's string2Int&lt;uint64_t&gt;: decimal digits with an optional <c>+</c>, no sign, in range.</summary>
    public static ulong? ParseUnsigned(string s)
    {
        var digits = s.StartsWith('+') ? s[1..] : s;
        if (digits.Length == 0) return null;
        foreach (char c in digits)
            if (!char.IsAsciiDigit(c)) return null;
        return ulong.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    protected static HashSet<string> Names(params string[] names) => new(names, StringComparer.Ordinal);
}
