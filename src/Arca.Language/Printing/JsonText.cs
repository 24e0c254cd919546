namespace Arca.Language.Printing;

using System.Globalization;
using System.Text;

/// <summary>
/// The text of JSON scalars as nlohmann::json's <c>dump()</c> writes them (what Nix uses): string escaping with
/// UTF-8 validation, and floats in the shortest form that reads back exactly.
/// </summary>
internal static class JsonText
{
    /// <summary>
    /// Appends <paramref name="bytes"/> (byte-string convention) as a quoted JSON string. Returns nlohmann's error text
    /// when the bytes are not valid UTF-8 (the string is still appended, escaped), or null.
    /// </summary>
    public static string? AppendString(StringBuilder sb, string bytes)
    {
        sb.Append('"');
        string? error = null;
        int pending = 0; // continuation bytes still expected by the current sequence
        byte lower = 0x80, upper = 0xBF; // allowed range of the next continuation byte (rules out overlongs, surrogates)
        for (int i = 0; i < bytes.Length; i++)
        {
            char c = bytes[i];
            if (error is null)
            {
                if (pending > 0)
                {
                    if (c < lower || c > upper) error = InvalidByte(i, c);
                    else { pending--; lower = 0x80; upper = 0xBF; }
                }
                else if (c >= 0x80)
                {
                    switch (c)
                    {
                        case >= (char)0xC2 and <= (char)0xDF: pending = 1; break;
                        case (char)0xE0: pending = 2; lower = 0xA0; break;
                        case >= (char)0xE1 and <= (char)0xEC: pending = 2; break;
                        case (char)0xED: pending = 2; upper = 0x9F; break;
                        case >= (char)0xEE and <= (char)0xEF: pending = 2; break;
                        case (char)0xF0: pending = 3; lower = 0x90; break;
                        case >= (char)0xF1 and <= (char)0xF3: pending = 3; break;
                        case (char)0xF4: pending = 3; upper = 0x8F; break;
                        default: error = InvalidByte(i, c); break;
                    }
                }
            }
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        if (error is null && pending > 0)
            error = $"incomplete UTF-8 string; last byte: 0x{(int)bytes[^1]:X2}";
        sb.Append('"');
        return error;
    }

    private static string InvalidByte(int index, char c) => $"invalid UTF-8 byte at index {index}: 0x{(int)c:X2}";

    /// <summary>
    /// A double as nlohmann writes it: the shortest round-trip digits, positional between 1e-5 and 1e15 (always with
    /// a fraction, <c>1.0</c>), otherwise <c>1e+100</c>/<c>1.5e-07</c>; non-finite values are <c>null</c>.
    /// </summary>
    public static void AppendFloat(StringBuilder sb, double value)
    {
        if (!double.IsFinite(value)) { sb.Append("null"); return; }
        if (value == 0) { sb.Append(double.IsNegative(value) ? "-0.0" : "0.0"); return; }
        if (value < 0) { sb.Append('-'); value = -value; }

        // "E16" is not shortest; "R" is, in one of two layouts. Normalise it to digits × 10^exponent.
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOfAny(['E', 'e']);
        int exponent = e < 0 ? 0 : int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? r : r[..e];
        int dot = mantissa.IndexOf('.');
        string digits;
        if (dot >= 0)
        {
            digits = string.Concat(mantissa.AsSpan(0, dot), mantissa.AsSpan(dot + 1));
            exponent -= mantissa.Length - dot - 1;
        }
        else digits = mantissa;
        digits = digits.TrimStart('0');
        int trailing = digits.Length - digits.TrimEnd('0').Length;
        if (trailing > 0) { digits = digits[..^trailing]; exponent += trailing; }

        int k = digits.Length;
        int n = k + exponent; // the value is 0.d1d2…dk × 10^n
        const int MinExp = -4, MaxExp = 15;
        if (k <= n && n <= MaxExp)
        {
            sb.Append(digits).Append('0', n - k).Append(".0");
        }
        else if (0 < n && n <= MaxExp)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (MinExp < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1) sb.Append('.').Append(digits, 1, k - 1);
            int exp = n - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+');
            exp = Math.Abs(exp);
            if (exp < 10) sb.Append('0');
            sb.Append(exp.ToString(CultureInfo.InvariantCulture));
        }
    }
}
