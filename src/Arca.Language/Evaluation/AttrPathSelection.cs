namespace Arca.Language.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// Selection paths of the command line (<c>-A a.b.0."c.d"</c>): Nix's <c>findAlongAttrPath</c>, auto-calling each
/// intermediate function with the auto arguments, numbers indexing lists.
/// </summary>
public static class AttrPathSelection
{
    public static List<string> Parse(string path)
    {
        var result = new List<string>();
        var cur = new System.Text.StringBuilder();
        for (int i = 0; i < path.Length; i++)
        {
            char c = path[i];
            if (c == '.') { result.Add(cur.ToString()); cur.Clear(); }
            else if (c == '"')
            {
                i++;
                while (true)
                {
                    if (i == path.Length) throw new ParseError($"missing closing quote in selection path '{path}'", default);
                    if (path[i] == '"') break;
                    cur.Append(path[i++]);
                }
            }
            else cur.Append(c);
        }
        if (cur.Length > 0) result.Add(cur.ToString());
        return result;
    }

    public static Value Find(EvalContext ctx, string attrPath, NixAttrs autoArgs, Value root)
    {
        var v = root;
        foreach (var attr in Parse(attrPath))
        {
            v = AutoCall.Apply(ctx, autoArgs, v);
            bool isIndex = uint.TryParse(attr, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out uint index);
            if (!isIndex)
            {
                if (v is not NixAttrs attrs)
                    throw new TypeError($"the expression selected by the selection path '{attrPath}' should be a set but is {v.ShowType}");
                if (attr.Length == 0) throw new EvalError($"empty attribute name in selection path '{attrPath}'");
                if (!attrs.TryGet(attr, out var next))
                {
                    var names = new List<string>();
                    for (int i = 0; i < attrs.Count; i++) names.Add(attrs.NameAt(i));
                    throw new EvalError($"attribute '{attr}' in selection path '{attrPath}' not found")
                    { Suggestion = Suggestions.Format(names, attr) };
                }
                v = next;
            }
            else
            {
                if (v is not NixList list)
                    throw new TypeError($"the expression selected by the selection path '{attrPath}' should be a list but is {v.ShowType}");
                if (index >= list.Count)
                    throw new EvalError($"list index {index} in selection path '{attrPath}' is out of range");
                v = list.Items[index];
            }
        }
        return v.Force(ctx);
    }
}
