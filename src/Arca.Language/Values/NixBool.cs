namespace Arca.Language.Values;

/// <summary>true or false; only the two shared instances exist.</summary>
public sealed class NixBool : Value
{
    public static readonly NixBool True = new(true);
    public static readonly NixBool False = new(false);

    public bool Value { get; }

    private NixBool(bool value) => Value = value;

    public static NixBool Of(bool value) => value ? True : False;

    public override ValueKind Kind => ValueKind.Bool;
}
