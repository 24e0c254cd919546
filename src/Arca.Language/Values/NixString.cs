namespace Arca.Language.Values;

/// <summary>
/// A Nix string: a byte string with a context (the store paths it depends on).
/// <para>
/// THE BYTE-STRING CONVENTION, used for every Nix string, path and attribute name in Arca: a .NET
/// <see cref="string"/> in which each char is one byte (0x00–0xFF) of the UTF-8 text, i.e. the bytes mapped through
/// Latin-1. So <c>"é"</c> is held as "\u00C3\u00A9": <c>Length</c> is Nix's byte length, ordinal comparison is Nix's
/// byte order, <c>Substring</c> is Nix's byte substring, and .NET regexes match bytewise like std::regex. Convert only
/// at the edges: <see cref="ByteString"/>.
/// </para>
/// </summary>
public sealed class NixString : Value
{
    public static readonly NixString Empty = new("", StringContext.Empty);

    public string Text { get; }
    public StringContext Context { get; }

    public NixString(string text, StringContext? context = null)
    {
        Text = text;
        Context = context ?? StringContext.Empty;
    }

    public static NixString Of(string text) => text.Length == 0 ? Empty : new NixString(text);

    public bool HasContext => !Context.IsEmpty;

    public override ValueKind Kind => ValueKind.String;

    public override string ShowType => HasContext ? "a string with context" : "a string";
}
