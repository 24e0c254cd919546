using System.Globalization;
using System.Text;

namespace Arca.Language.Text;

/// <summary>
/// The pieces of builtins.toJSON's output, formatted as nlohmann::json's compact dump (which Nix uses): strings
/// escaped with \" \\ \b \f \n \r \t and \u00xx for other control characters, everything else (including
/// non-ASCII UTF-8) verbatim but validated; floats as Grisu2 digits in nlohmann's layout.
/// </summary>
public static class JsonWriter
{
    /// <summary>
    /// Appends <paramref name="value"/> (byte-string convention) as a quoted JSON string. Invalid UTF-8 throws
    /// <see cref="JsonException"/> with nlohmann's type_error 316 message; Nix reports it as
    /// "JSON serialization error: " + message.
    /// </summary>
    public static void AppendString(StringBuilder output, string value)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(value);
        output.Append('"');
        int i = 0;
        while (i < value.Length)
        {
            char c = value[i];
            if (c < 0x80)
            {
                switch (c)
                {
                    case '"': output.Append("\\\""); break;
                    case '\\': output.Append("\\\\"); break;
                    case '\b': output.Append("\\b"); break;
                    case '\f': output.Append("\\f"); break;
                    case '\n': output.Append("\\n"); break;
                    case '\r': output.Append("\\r"); break;
                    case '\t': output.Append("\\t"); break;
                    default:
                        if (c < 0x20)
                            output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else
                            output.Append(c);
                        break;
                }
                i++;
                continue;
            }
            int length = Utf8SequenceLength(value, i, out int rejectedAt);
            if (length < 0)
            {
                if (rejectedAt >= value.Length)
                    throw new JsonException(
                        $"[json.exception.type_error.316] incomplete UTF-8 string; last byte: 0x{(int)value[^1]:X2}");
                throw new JsonException(
                    $"[json.exception.type_error.316] invalid UTF-8 byte at index {rejectedAt}: 0x{(int)value[rejectedAt] & 0xFF:X2}");
            }
            output.Append(value, i, length);
            i += length;
        }
        output.Append('"');
    }

    /// <summary>The quoted JSON form of a string.</summary>
    public static string QuoteString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    /// <summary>
    /// Length of the well-formed UTF-8 sequence at <paramref name="start"/>, or -1 with the index of the byte the
    /// decoder rejects (the string's length when the string ends inside the sequence).
    /// </summary>
    private static int Utf8SequenceLength(string s, int start, out int rejectedAt)
    {
        int first = s[start];
        if (!Utf8Sequence.TryLead(first, out int low, out int high, out int continuations))
        {
            rejectedAt = start;
            return -1;
        }
        for (int k = 1; k <= continuations; k++)
        {
            int index = start + k;
            if (index >= s.Length)
            {
                rejectedAt = s.Length;
                return -1;
            }
            int c = s[index];
            if (c < low || c > high)
            {
                rejectedAt = index;
                return -1;
            }
            (low, high) = (Utf8Sequence.ContinuationLow, Utf8Sequence.ContinuationHigh);
        }
        rejectedAt = -1;
        return continuations + 1;
    }

    /// <summary>
    /// Writes a whole tree as nlohmann::json's dump does: object members sorted by key bytes (its objects are
    /// std::maps), compact when <paramref name="indent"/> is negative, else one member per line indented by
    /// <paramref name="indent"/> spaces per level with ": " after keys and "{}" / "[]" for empty containers.
    /// </summary>
    public static void Write(StringBuilder output, DataNode node, int indent = -1)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(node);
        Write(output, node, indent, 0);
    }

    private static void Write(StringBuilder output, DataNode node, int indent, int level)
    {
        switch (node)
        {
            case DataNull:
                output.Append("null");
                break;
            case DataBoolean b:
                output.Append(b.Value ? "true" : "false");
                break;
            case DataInteger i:
                output.Append(FormatInteger(i.Value));
                break;
            case DataFloat f:
                output.Append(FormatFloat(f.Value));
                break;
            case DataString str:
                AppendString(output, str.Value);
                break;
            case DataArray array:
                if (array.Items.Count == 0)
                {
                    output.Append("[]");
                    break;
                }
                output.Append('[');
                for (int k = 0; k < array.Items.Count; k++)
                {
                    if (k > 0)
                        output.Append(',');
                    NewLine(output, indent, level + 1);
                    Write(output, array.Items[k], indent, level + 1);
                }
                NewLine(output, indent, level);
                output.Append(']');
                break;
            case DataObject obj:
                {
                    if (obj.Count == 0)
                    {
                        output.Append("{}");
                        break;
                    }
                    var entries = obj.Entries.ToArray();
                    Array.Sort(entries, (x, y) => string.CompareOrdinal(x.Key, y.Key));
                    output.Append('{');
                    for (int k = 0; k < entries.Length; k++)
                    {
                        if (k > 0)
                            output.Append(',');
                        NewLine(output, indent, level + 1);
                        AppendString(output, entries[k].Key);
                        output.Append(indent >= 0 ? ": " : ":");
                        Write(output, entries[k].Value, indent, level + 1);
                    }
                    NewLine(output, indent, level);
                    output.Append('}');
                    break;
                }
            default:
                throw new ArgumentException($"{node.GetType().Name} has no JSON form", nameof(node));
        }
    }

    private static void NewLine(StringBuilder output, int indent, int level)
    {
        if (indent < 0)
            return;
        output.Append('\n').Append(' ', indent * level);
    }

    /// <summary>An integer as toJSON writes it.</summary>
    public static string FormatInteger(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A float as nlohmann::json dumps it: "null" when not finite; otherwise Grisu2's round-trip digits (almost
    /// always the shortest), laid out as nlohmann's to_chars does — plain decimals (with ".0" for integral values) for decimal
    /// exponents from -4 to 15, else "d.ddde+XX" with at least two exponent digits.
    /// </summary>
    public static string FormatFloat(double value)
    {
        if (!double.IsFinite(value))
            return "null";
        var builder = new StringBuilder(26);
        if (double.IsNegative(value))
        {
            builder.Append('-');
            value = -value;
        }
        if (value == 0)
            return builder.Append("0.0").ToString();
        var (digits, decimalExponent) = Grisu2.Digits(value);
        int k = digits.Length;
        int n = k + decimalExponent; // value = 0.d1…dk × 10^n
        const int minExp = -4, maxExp = 15;
        if (k <= n && n <= maxExp)
            builder.Append(digits).Append('0', n - k).Append(".0");
        else if (0 < n && n <= maxExp)
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        else if (minExp < n && n <= 0)
            builder.Append("0.").Append('0', -n).Append(digits);
        else
        {
            builder.Append(digits[0]);
            if (k > 1)
                builder.Append('.').Append(digits, 1, k - 1);
            int e = n - 1;
            builder.Append('e').Append(e < 0 ? '-' : '+');
            e = Math.Abs(e);
            builder.Append(e < 10 ? "0" + e : e.ToString(CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }
}
