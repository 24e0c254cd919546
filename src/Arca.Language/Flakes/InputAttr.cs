namespace Arca.Language.Flakes;

/// <summary>The kind of a fetcher input attribute: Nix's fetchers::Attr holds a string, an unsigned integer or a Boolean.</summary>
public enum InputAttrKind
{
    String,
    Integer,
    Boolean,
}

/// <summary>One fetcher input attribute value (Nix's <c>std::variant&lt;std::string, uint64_t, Explicit&lt;bool&gt;&gt;</c>).</summary>
public readonly record struct InputAttr(InputAttrKind Kind, string Text, ulong Integer, bool Boolean)
{
    public static InputAttr Of(string text) => new(InputAttrKind.String, text, 0, false);

    public static InputAttr Of(ulong integer) => new(InputAttrKind.Integer, "", integer, false);

    public static InputAttr Of(bool boolean) => new(InputAttrKind.Boolean, "", 0, boolean);
}
