namespace Arca.Language.Text;

/// <summary>
/// RFC 3629's table of well-formed UTF-8, by lead byte: how many continuation bytes follow and the range the first
/// of them must fall in (the later ones are always 0x80–0xBF). The JSON reader and writer and the TOML reader each
/// walk a sequence their own way, because nlohmann and toml11 report a bad one at different bytes; the table is one.
/// </summary>
internal static class Utf8Sequence
{
    public const int ContinuationLow = 0x80;
    public const int ContinuationHigh = 0xBF;

    /// <summary>False for a byte that cannot start a sequence (a continuation byte, an overlong lead, 0xF5 and above).</summary>
    public static bool TryLead(int first, out int low, out int high, out int continuations)
    {
        (low, high, continuations) = first switch
        {
            >= 0xC2 and <= 0xDF => (0x80, 0xBF, 1),
            0xE0 => (0xA0, 0xBF, 2),
            >= 0xE1 and <= 0xEC or 0xEE or 0xEF => (0x80, 0xBF, 2),
            0xED => (0x80, 0x9F, 2),
            0xF0 => (0x90, 0xBF, 3),
            >= 0xF1 and <= 0xF3 => (0x80, 0xBF, 3),
            0xF4 => (0x80, 0x8F, 3),
            _ => (0, -1, 0),
        };
        return high >= 0;
    }
}
