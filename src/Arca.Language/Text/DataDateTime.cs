namespace Arca.Language.Text;

/// <summary>
/// A TOML date, time or date-time. Nix turns it into <c>{ _type = "timestamp"; value = Text; }</c> when the
/// parse-toml-timestamps experimental feature is on, and otherwise fails with "Dates and times are not supported".
/// </summary>
public sealed class DataDateTime(DataDateTimeKind kind, string text, string originalText) : DataNode
{
    public DataDateTimeKind Kind { get; } = kind;

    /// <summary>
    /// The value as current Nix prints it: upper-case 'T' between date and time, seconds always present,
    /// fractional seconds with 0, 3, 6 or 9 digits, a zero offset as 'Z'.
    /// </summary>
    public string Text { get; } = text;

    /// <summary>The value as written in the document.</summary>
    public string OriginalText { get; } = originalText;
}

public enum DataDateTimeKind
{
    OffsetDateTime,
    LocalDateTime,
    LocalDate,
    LocalTime,
}
