namespace Arca.Core.Json;

using System.Globalization;
using System.Text;

/// <summary>
/// JSON string quoting as nlohmann::json writes it (Nix's JSON library): the short escapes for <c>" \ \b \f \n \r \t</c>,
/// <c>\u00XX</c> for other control characters, everything else as it is. One place for the store's and the build's
/// JSON (derivation JSON, <c>.attrs.json</c>).
/// </summary>
public static class JsonString
{
    public static void AppendQuoted(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (char c in s)
        {
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
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
