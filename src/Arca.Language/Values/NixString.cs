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
/// <para>
/// Most strings have no context, so the context lives in a subclass (<see cref="WithContext"/>) made only for those
/// that have one: a plain string is then 24 bytes instead of 32 (evaluations keep hundreds of thousands of them).
/// </para>
/// </summary>
public class NixString : Value
{
    public static readonly NixString Empty = new("");

    public string Text { get; }

    /// <summary>A string without context.</summary>
    public NixString(string text) => Text = text;

    public static NixString Of(string text) => text.Length == 0 ? Empty : new NixString(text);

    /// <summary>A string with <paramref name="context"/>, which may be empty or null (then a plain string).</summary>
    public static NixString Of(string text, StringContext? context) =>
        context is null || context.IsEmpty ? Of(text) : new WithContext(text, context);

    public StringContext Context => this is WithContext c ? c.Elements : StringContext.Empty;

    public bool HasContext => this is WithContext;

    public sealed override ValueKind Kind => ValueKind.String;

    public sealed override string ShowType => HasContext ? "a string with context" : "a string";

    /// <summary>A string with a non-empty context.</summary>
    private sealed class WithContext(string text, StringContext elements) : NixString(text)
    {
        public readonly StringContext Elements = elements;
    }
}
