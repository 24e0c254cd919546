namespace Arca.Language.Values;

using System.Runtime.CompilerServices;

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
/// Most strings have no context, so a string holds one reference: its text, or for the few with a context, a
/// <see cref="TextWithContext"/>. A plain string is then 24 bytes instead of 32 (evaluations keep hundreds of
/// thousands of them). The class stays sealed: a type test against a class with subclasses is a call into the
/// runtime, and <c>is NixString</c> runs on every comparison and coercion (a subclass for the context was tried:
/// 2.4% of bench/eval/modules.nix went to those calls).
/// </para>
/// </summary>
public sealed class NixString : Value
{
    public static readonly NixString Empty = new("");

    /// <summary>The text (a <see cref="string"/>), or a <see cref="TextWithContext"/>.</summary>
    private readonly object data;

    /// <summary>A string without context.</summary>
    public NixString(string text) => data = text;

    private NixString(TextWithContext data) => this.data = data;

    public static NixString Of(string text) => text.Length == 0 ? Empty : new NixString(text);

    /// <summary>A string with <paramref name="context"/>, which may be empty or null (then a plain string).</summary>
    public static NixString Of(string text, StringContext? context) =>
        context is null || context.IsEmpty ? Of(text) : new NixString(new TextWithContext(text, context));

    public string Text
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => data is string text ? text : Unsafe.As<TextWithContext>(data).Text;
    }

    public StringContext Context => data is TextWithContext c ? c.Context : StringContext.Empty;

    public bool HasContext => data is TextWithContext;

    public override ValueKind Kind => ValueKind.String;

    public override string ShowType => HasContext ? "a string with context" : "a string";

    /// <summary>The text and non-empty context of a string that has one.</summary>
    private sealed class TextWithContext(string text, StringContext context)
    {
        public readonly string Text = text;
        public readonly StringContext Context = context;
    }
}
