namespace Arca.Language.Printing;

using System.Globalization;

/// <summary>
/// Floats as C++'s <c>ostream &lt;&lt; double</c> writes them with default flags (printf <c>%g</c>, precision 6),
/// which is how Nix prints floats in values and messages: <c>1.5</c>, <c>100000</c>, <c>1e+06</c>, <c>1.23457e-05</c>.
/// </summary>
public static class FloatFormatter
{
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return double.IsNegative(value) ? "-nan" : "nan";
        if (double.IsInfinity(value)) return value < 0 ? "-inf" : "inf";
        if (value == 0) return double.IsNegative(value) ? "-0" : "0";

        // Round to 6 significant digits first; the exponent of the rounded value decides the notation.
        var e = value.ToString("E5", CultureInfo.InvariantCulture); // d.ddddde±xxx
        int ePos = e.IndexOf('E');
        int exponent = int.Parse(e.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent is >= -4 and < 6)
        {
            var fixedText = value.ToString("F" + (5 - exponent).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            return StripZeros(fixedText);
        }
        var mantissa = StripZeros(e[..ePos]);
        var sign = exponent < 0 ? '-' : '+';
        var digits = Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        return $"{mantissa}e{sign}{digits}";
    }

    private static string StripZeros(string s)
    {
        if (s.IndexOf('.') < 0) return s;
        s = s.TrimEnd('0');
        return s.EndsWith('.') ? s[..^1] : s;
    }
}
