namespace Arca.Language.Flakes;

using System.Globalization;
using System.Text;

/// <summary>The kind of host in a URL authority (RFC 3986 §3.2.2).</summary>
public enum UrlHostType
{
    Name,
    IPv4,
    IPv6,
    IPvFuture,
}

/// <summary>
/// A URL authority as Nix's ParsedURL::Authority keeps it: user, password, host (percent-decoded, IPv6 without its
/// brackets) and port, printed back the way Nix prints it.
/// </summary>
public sealed record UrlAuthority
{
    public UrlHostType HostType { get; init; } = UrlHostType.Name;

    public string Host { get; init; } = "";

    public string? User { get; init; }

    public string? Password { get; init; }

    public int? Port { get; init; }

    /// <summary>
    /// Parses the text between <c>//</c> and the path; null when it does not follow RFC 3986's grammar, with
    /// Boost.URL's name for the failure in <paramref name="error"/> (the caller reports the whole URL). A port of 0
    /// or above 65535 is Nix's "port '…' is invalid".
    /// </summary>
    public static UrlAuthority? TryParse(string text, out string error)
    {
        error = "mismatch";
        string? user = null, password = null;
        int hostStart = 0;
        int at = text.IndexOf('@');
        if (at >= 0)
        {
            int bad = UrlEncoding.FirstInvalid(text, 0, at, c => UrlEncoding.IsUnreserved(c) || UrlEncoding.IsSubDelimiter(c) || c == ':');
            if (bad >= 0)
            {
                error = UrlEncoding.GrammarError(text, bad);
                return null;
            }
            var userInfo = text[..at];
            int colon = userInfo.IndexOf(':');
            user = UrlEncoding.PercentDecode(colon < 0 ? userInfo : userInfo[..colon]);
            if (colon >= 0) password = UrlEncoding.PercentDecode(userInfo[(colon + 1)..]);
            hostStart = at + 1;
        }

        UrlHostType type;
        string host;
        int portStart;
        if (hostStart < text.Length && text[hostStart] == '[')
        {
            int close = text.IndexOf(']', hostStart);
            if (close < 0) return null;
            var literal = text[(hostStart + 1)..close];
            if (literal.Length > 0 && (literal[0] == 'v' || literal[0] == 'V'))
            {
                if (!IsIPvFuture(literal)) return null;
                type = UrlHostType.IPvFuture;
                host = literal;
            }
            else
            {
                int zone = literal.IndexOf("%25", StringComparison.Ordinal);
                var address = zone < 0 ? literal : literal[..zone];
                if (!IsIPv6(address)) return null;
                if (zone >= 0 && (zone + 3 == literal.Length
                    || !UrlEncoding.IsValidComponent(literal, zone + 3, literal.Length, UrlEncoding.IsUnreserved)))
                    return null;
                type = UrlHostType.IPv6;
                host = UrlEncoding.PercentDecode(literal);
            }
            portStart = close + 1;
        }
        else
        {
            int colon = text.IndexOf(':', hostStart);
            int hostEnd = colon < 0 ? text.Length : colon;
            int bad = UrlEncoding.FirstInvalid(text, hostStart, hostEnd, c => UrlEncoding.IsUnreserved(c) || UrlEncoding.IsSubDelimiter(c));
            if (bad >= 0)
            {
                error = UrlEncoding.GrammarError(text, bad);
                return null;
            }
            var raw = text[hostStart..hostEnd];
            type = IsIPv4(raw) ? UrlHostType.IPv4 : UrlHostType.Name;
            host = type == UrlHostType.IPv4 ? raw : UrlEncoding.PercentDecode(raw);
            portStart = hostEnd;
        }

        int? port = null;
        error = "leftover";
        if (portStart < text.Length)
        {
            if (text[portStart] != ':') return null;
            var digits = text[(portStart + 1)..];
            foreach (char c in digits)
                if (!char.IsAsciiDigit(c)) return null;
            if (digits.Length > 0)
            {
                var trimmed = digits.TrimStart('0');
                if (trimmed.Length == 0 || trimmed.Length > 5 || int.Parse(trimmed, CultureInfo.InvariantCulture) > 65535)
                    throw new BadUrlException($"port '{digits}' is invalid");
                port = int.Parse(trimmed, CultureInfo.InvariantCulture);
            }
        }
        error = "";
        return new UrlAuthority { HostType = type, Host = host, User = user, Password = password, Port = port };
    }

    /// <summary>RFC 3986 IPv4address: four decimal octets without leading zeros.</summary>
    public static bool IsIPv4(string s)
    {
        var parts = s.Split('.');
        if (parts.Length != 4) return false;
        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3) return false;
            foreach (char c in part)
                if (!char.IsAsciiDigit(c)) return false;
            if (part.Length > 1 && part[0] == '0') return false;
            if (int.Parse(part, CultureInfo.InvariantCulture) > 255) return false;
        }
        return true;
    }

    /// <summary>RFC 3986 IPv6address: up to eight groups of 1–4 hex digits, one <c>::</c>, an optional IPv4 tail.</summary>
    public static bool IsIPv6(string s)
    {
        int doubleColon = s.IndexOf("::", StringComparison.Ordinal);
        if (doubleColon >= 0 && s.IndexOf("::", doubleColon + 1, StringComparison.Ordinal) >= 0) return false;
        string[] head, tail;
        if (doubleColon >= 0)
        {
            var left = s[..doubleColon];
            var right = s[(doubleColon + 2)..];
            head = left.Length == 0 ? [] : left.Split(':');
            tail = right.Length == 0 ? [] : right.Split(':');
        }
        else
        {
            head = s.Split(':');
            tail = [];
        }
        int groups = 0;
        string[] all = [.. head, .. tail];
        for (int i = 0; i < all.Length; i++)
        {
            var g = all[i];
            if (i == all.Length - 1 && g.Contains('.'))
            {
                // An IPv4 address may end the IPv6 one, standing for two groups.
                if (!IsIPv4(g)) return false;
                groups += 2;
                continue;
            }
            if (g.Length is 0 or > 4) return false;
            foreach (char c in g)
                if (!char.IsAsciiHexDigit(c)) return false;
            groups++;
        }
        return doubleColon >= 0 ? groups <= 7 : groups == 8;
    }

    private static bool IsIPvFuture(string s)
    {
        int dot = s.IndexOf('.');
        if (dot < 2 || dot == s.Length - 1) return false;
        for (int i = 1; i < dot; i++)
            if (!char.IsAsciiHexDigit(s[i])) return false;
        for (int i = dot + 1; i < s.Length; i++)
            if (!(UrlEncoding.IsUnreserved(s[i]) || UrlEncoding.IsSubDelimiter(s[i]) || s[i] == ':')) return false;
        return true;
    }

    /// <summary>Nix's rendering: user and password escaped, a name host escaped, an IPv6 host in brackets.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        if (User is not null)
        {
            builder.Append(UrlEncoding.PercentEncode(User));
            if (Password is not null) builder.Append(':').Append(UrlEncoding.PercentEncode(Password));
            builder.Append('@');
        }
        switch (HostType)
        {
            case UrlHostType.Name:
                builder.Append(UrlEncoding.PercentEncode(Host));
                break;
            case UrlHostType.IPv4:
                builder.Append(Host);
                break;
            default:
                builder.Append('[').Append(UrlEncoding.PercentEncode(Host, ":")).Append(']');
                break;
        }
        if (Port is { } port) builder.Append(':').Append(port.ToString(CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
