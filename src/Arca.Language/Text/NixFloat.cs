using System.Globalization;
using System.Numerics;
using System.Text;

namespace Arca.Language.Text;

/// <summary>
/// How Nix writes and reads floats. Printing a value (nix-instantiate --eval, nix eval, error messages) uses a C++
/// ostream's default format, i.e. printf "%g" with 6 significant digits; toString and string interpolation use
/// std::to_string, i.e. "%f" with 6 decimals. Both round the exact binary value half-to-even, as glibc does, which
/// .NET's own formatting does not do on ties (e.g. 1234565.0 prints as 1.23456e+06). Literals are read like strtod,
/// and the lexer rejects those that overflow or underflow.
/// </summary>
public static class NixFloat
{
    /// <summary>The printer's form ("%g", precision 6): 3.4, 1e+06, 2.5e-07, 0.0078125, -0, inf, -nan.</summary>
    public static string FormatForDisplay(double value) => FormatGeneral(value, 6);

    /// <summary>toString's form (std::to_string, "%f"): 1.500000, 0.007812, -0.000000, inf.</summary>
    public static string FormatForToString(double value) => FormatFixed(value, 6);

    /// <summary>printf "%.{precision}g".</summary>
    public static string FormatGeneral(double value, int precision)
    {
        if (SpecialForm(value) is { } special)
            return special;
        var builder = new StringBuilder();
        if (double.IsNegative(value))
            builder.Append('-');
        double magnitude = Math.Abs(value);
        int p = precision == 0 ? 1 : precision;
        if (magnitude == 0)
            return builder.Append('0').ToString();
        var (digits, point) = DecimalDigits(magnitude, fixedDecimals: null, significant: p);
        var (rounded, roundedPoint) = RoundToDigits(digits, point, p);
        int exponent = roundedPoint - 1;
        if (exponent < p && exponent >= -4)
        {
            // Fixed notation with p - 1 - exponent decimals, trailing zeros removed.
            var (fixedDigits, fixedPoint) = RoundToDigits(digits, point, point + (p - 1 - exponent), padLeft: true);
            string text = LayoutFixed(fixedDigits, fixedPoint, p - 1 - exponent);
            builder.Append(TrimFraction(text));
        }
        else
        {
            string mantissa = rounded.Length > 1 ? rounded[..1] + "." + rounded[1..] : rounded;
            builder.Append(TrimFraction(mantissa));
            AppendExponent(builder, exponent);
        }
        return builder.ToString();
    }

    /// <summary>printf "%.{precision}f".</summary>
    public static string FormatFixed(double value, int precision)
    {
        if (SpecialForm(value) is { } special)
            return special;
        var builder = new StringBuilder();
        if (double.IsNegative(value))
            builder.Append('-');
        double magnitude = Math.Abs(value);
        if (magnitude == 0)
        {
            builder.Append('0');
            if (precision > 0)
                builder.Append('.').Append('0', precision);
            return builder.ToString();
        }
        var (digits, point) = DecimalDigits(magnitude, fixedDecimals: precision, significant: 0);
        var (rounded, roundedPoint) = RoundToDigits(digits, point, point + precision, padLeft: true);
        return builder.Append(LayoutFixed(rounded, roundedPoint, precision)).ToString();
    }

    /// <summary>printf "%.{precision}e".</summary>
    public static string FormatExponential(double value, int precision)
    {
        if (SpecialForm(value) is { } special)
            return special;
        var builder = new StringBuilder();
        if (double.IsNegative(value))
            builder.Append('-');
        double magnitude = Math.Abs(value);
        if (magnitude == 0)
        {
            builder.Append('0');
            if (precision > 0)
                builder.Append('.').Append('0', precision);
            builder.Append("e+00");
            return builder.ToString();
        }
        var (digits, point) = DecimalDigits(magnitude, fixedDecimals: null, significant: precision + 1);
        var (rounded, roundedPoint) = RoundToDigits(digits, point, precision + 1);
        builder.Append(rounded[0]);
        if (precision > 0)
            builder.Append('.').Append(rounded, 1, precision);
        AppendExponent(builder, roundedPoint - 1);
        return builder.ToString();
    }

    /// <summary>
    /// Reads a float literal as the Nix lexer does (strtod, then "invalid float" when errno is set): false when the
    /// value overflows to infinity or underflows to a subnormal or zero.
    /// </summary>
    public static bool TryParseLiteral(string text, out double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
            return false;
        if (double.IsInfinity(value))
            return false;
        if (value != 0 && Math.Abs(value) < MinNormal())
            return false;
        if (value == 0 && HasNonZeroDigit(text))
            return false;
        return true;
    }

    private static double MinNormal() => 2.2250738585072014e-308;

    private static bool HasNonZeroDigit(string text)
    {
        foreach (char c in text)
        {
            if (c is 'e' or 'E')
                break;
            if (c is >= '1' and <= '9')
                return true;
        }
        return false;
    }

    private static string? SpecialForm(double value)
    {
        if (double.IsNaN(value))
            return double.IsNegative(value) ? "-nan" : "nan";
        if (double.IsInfinity(value))
            return value < 0 ? "-inf" : "inf";
        return null;
    }

    /// <summary>
    /// Decimal digits of a positive finite double that round correctly (half to even) at the given position:
    /// <paramref name="significant"/> digits, or <paramref name="fixedDecimals"/> decimals (when not null). .NET
    /// formats a longer prefix with 20 guard digits; only when those guard digits read exactly "5000…" (a possible
    /// tie, which .NET rounds away from zero) is the exact expansion computed.
    /// </summary>
    private static (string Digits, int Point) DecimalDigits(double magnitude, int? fixedDecimals, int significant)
    {
        const int guard = 20;
        // The decimal exponent decides how many significant digits a fixed format needs.
        string probe = magnitude.ToString("E16", CultureInfo.InvariantCulture);
        int point = int.Parse(probe.AsSpan(probe.IndexOf('E') + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) + 1;
        for (int attempt = 0; attempt < 2; attempt++)
        {
            int keep = fixedDecimals is { } decimals ? point + decimals : significant;
            if (keep <= 0 || keep > 500)
                break;
            string text = magnitude.ToString("E" + (keep + guard - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            int ePos = text.IndexOf('E');
            int actualPoint = int.Parse(text.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) + 1;
            if (actualPoint != point)
            {
                // Rounding the probe moved the exponent; try again with the corrected one.
                point = actualPoint;
                continue;
            }
            string digits = text[0] + text[2..ePos];
            var tail = digits.AsSpan(keep);
            if (tail[0] == '5' && tail[1..].IndexOfAnyExcept('0') < 0)
                break;
            string trimmed = digits.TrimEnd('0');
            return (trimmed.Length == 0 ? "0" : trimmed, point);
        }
        return ExactDecimal(magnitude);
    }

    /// <summary>
    /// The exact decimal expansion of a positive finite double: significant digits (no leading zeros) and the
    /// position of the decimal point, so that value = 0.digits × 10^point.
    /// </summary>
    internal static (string Digits, int Point) ExactDecimal(double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        int biasedExponent = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        long mantissa = biasedExponent == 0 ? fraction : fraction | (1L << 52);
        int exponent = (biasedExponent == 0 ? 1 : biasedExponent) - 1075;
        // Drop factors of two so the numbers stay small.
        while (mantissa != 0 && (mantissa & 1) == 0 && exponent < 0)
        {
            mantissa >>= 1;
            exponent++;
        }
        string digits;
        int point;
        if (exponent >= 0)
        {
            digits = (new BigInteger(mantissa) << exponent).ToString(CultureInfo.InvariantCulture);
            point = digits.Length;
        }
        else
        {
            // m × 2^e = m × 5^-e / 10^-e
            digits = (new BigInteger(mantissa) * BigInteger.Pow(5, -exponent)).ToString(CultureInfo.InvariantCulture);
            point = digits.Length + exponent;
        }
        int end = digits.Length;
        while (end > 1 && digits[end - 1] == '0')
            end--;
        return (digits[..end], point);
    }

    /// <summary>
    /// Keeps the first <paramref name="keep"/> digits (counted from the decimal point's reference when
    /// <paramref name="padLeft"/>: then digits before the first significant one are zeros), rounding half to even.
    /// </summary>
    private static (string Digits, int Point) RoundToDigits(string digits, int point, int keep, bool padLeft = false)
    {
        if (padLeft && point < 1)
        {
            // Make the digit string start at the units position so "keep" counts from there.
            digits = new string('0', 1 - point) + digits;
            keep += 1 - point;
            point = 1;
        }
        if (keep < 0)
            return ("0", point);
        if (digits.Length <= keep)
            return (digits + new string('0', keep - digits.Length), point);
        char first = digits[keep];
        bool roundUp;
        if (first > '5')
            roundUp = true;
        else if (first < '5')
            roundUp = false;
        else
        {
            bool moreAfter = false;
            for (int i = keep + 1; i < digits.Length; i++)
                if (digits[i] != '0')
                {
                    moreAfter = true;
                    break;
                }
            roundUp = moreAfter || (keep > 0 && (digits[keep - 1] - '0') % 2 == 1);
        }
        var kept = new StringBuilder(digits, 0, keep, keep + 1);
        if (roundUp)
        {
            int i = keep - 1;
            while (i >= 0 && kept[i] == '9')
            {
                kept[i] = '0';
                i--;
            }
            if (i >= 0)
                kept[i]++;
            else
            {
                kept.Insert(0, '1');
                point++;
                if (!padLeft)
                    kept.Length--; // keep the same number of significant digits
            }
        }
        if (kept.Length == 0)
            kept.Append('0');
        return (kept.ToString(), point);
    }

    /// <summary>Writes digits (units digit first at index point-1) with the given number of decimals.</summary>
    private static string LayoutFixed(string digits, int point, int decimals)
    {
        var builder = new StringBuilder();
        string integral = point > 0 ? digits[..Math.Min(point, digits.Length)].PadRight(point, '0') : "0";
        integral = integral.TrimStart('0');
        builder.Append(integral.Length == 0 ? "0" : integral);
        if (decimals > 0)
        {
            builder.Append('.');
            string fraction = point < digits.Length ? digits[Math.Max(point, 0)..] : "";
            if (point < 0)
                fraction = new string('0', -point) + fraction;
            builder.Append(fraction.PadRight(decimals, '0'), 0, decimals);
        }
        return builder.ToString();
    }

    private static string TrimFraction(string text)
    {
        if (!text.Contains('.'))
            return text;
        text = text.TrimEnd('0');
        return text.EndsWith('.') ? text[..^1] : text;
    }

    private static void AppendExponent(StringBuilder builder, int exponent)
    {
        builder.Append('e').Append(exponent < 0 ? '-' : '+');
        int magnitude = Math.Abs(exponent);
        if (magnitude < 10)
            builder.Append('0');
        builder.Append(magnitude.ToString(CultureInfo.InvariantCulture));
    }
}
