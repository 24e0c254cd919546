namespace Arca.Language.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Text;
using Arca.Language.Values;

/// <summary>
/// <c>match</c> and <c>split</c>: POSIX extended regular expressions with libstdc++'s results (<see cref="PosixRegex"/>).
/// Each table (so each evaluation) gets its own cache of compiled patterns.
/// </summary>
public static class RegexBuiltins
{
    public static void Register(BuiltinTable table)
    {
        var regexes = new PosixRegex();
        table.Add("match", 2, (ctx, args, pos) => Match(regexes, ctx, args));
        table.Add("split", 2, (ctx, args, pos) => Split(regexes, ctx, args));
    }

    private static Value Match(PosixRegex regexes, EvalContext ctx, ReadOnlySpan<Value> args)
    {
        var pattern = IoArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.match");
        var regex = Compile(regexes, pattern);
        var input = IoArgs.String(ctx, args[1], "while evaluating the second argument passed to builtins.match").Text;
        var groups = regex.Match(input);
        if (groups is null) return NixNull.Instance;
        // The groups carry no context, as in Nix.
        return NixList.Of(GroupValues(groups));
    }

    private static Value Split(PosixRegex regexes, EvalContext ctx, ReadOnlySpan<Value> args)
    {
        var pattern = IoArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.split");
        var regex = Compile(regexes, pattern);
        var input = IoArgs.String(ctx, args[1], "while evaluating the second argument passed to builtins.split");
        var result = regex.Split(input.Text);
        // No match: the input itself, context and all (Nix reuses the argument).
        if (result.Matches.Length == 0) return new NixList([input]);
        var items = new Value[result.Pieces.Length + result.Matches.Length];
        int k = 0;
        for (int i = 0; i < result.Matches.Length; i++)
        {
            items[k++] = NixString.Of(result.Pieces[i]);
            items[k++] = NixList.Of(GroupValues(result.Matches[i]));
        }
        items[k] = NixString.Of(result.Pieces[^1]);
        return new NixList(items);
    }

    private static CompiledPosixRegex Compile(PosixRegex regexes, string pattern)
    {
        try
        {
            return regexes.Get(pattern);
        }
        catch (NixRegexException e)
        {
            throw new EvalError(e.Message);
        }
    }

    private static Value[] GroupValues(string?[] groups)
    {
        if (groups.Length == 0) return [];
        var values = new Value[groups.Length];
        for (int i = 0; i < groups.Length; i++) values[i] = groups[i] is { } g ? NixString.Of(g) : NixNull.Instance;
        return values;
    }
}
