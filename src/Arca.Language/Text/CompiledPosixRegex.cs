using System.Text.RegularExpressions;

namespace Arca.Language.Text;

/// <summary>
/// One POSIX extended regular expression, ready for builtins.match and builtins.split with libstdc++'s results.
/// <para>
/// Where .NET's backtracking engine provably picks the same match and groups as libstdc++'s DFS executor it is
/// used (it is much faster); otherwise <see cref="PosixRegexAutomaton"/> reproduces libstdc++ step by step. The two
/// differ (a) when a repeated subexpression can match empty (libstdc++ allows two empty iterations at a
/// position and keeps their groups) and (b) for searches, where libstdc++ tries every alternative and keeps the
/// longest match, and lets '^' match again after an empty match.
/// </para>
/// </summary>
public sealed class CompiledPosixRegex
{
    /// <summary>
    /// After this many uses the .NET regex is recompiled to IL. Compiling costs milliseconds and saves well under a
    /// microsecond per match, so only patterns used thousands of times earn it; most are used a few times.
    /// </summary>
    private const int CompileToIlAfterUses = 4096;

    private readonly PosixRegexSyntax _syntax;
    private PosixRegexAutomaton? _automaton;
    private readonly string? _translation;
    private readonly bool _dotNetMatchesLikeLibstdcxx;
    private readonly bool _dotNetSearchesLikeLibstdcxx;
    private Regex? _whole;
    private Regex? _search;
    private Regex? _nonEmptyAtStart;
    private int _uses;

    public CompiledPosixRegex(string pattern)
        : this(pattern, allowDotNet: true)
    {
    }

    /// <summary><paramref name="allowDotNet"/> false forces the reference automaton (for differential tests).</summary>
    internal CompiledPosixRegex(string pattern, bool allowDotNet)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        var syntax = PosixRegexParser.Parse(pattern);
        _syntax = syntax;
        GroupCount = syntax.GroupCount;
        var features = Features.Of(syntax.Root);
        _dotNetMatchesLikeLibstdcxx = allowDotNet && !features.NullableRepeat;
        _dotNetSearchesLikeLibstdcxx = allowDotNet && !features.NullableRepeat && !features.Alternation && !features.LineBegin;
        if (_dotNetMatchesLikeLibstdcxx || _dotNetSearchesLikeLibstdcxx)
            _translation = PosixRegexTranslator.Translate(syntax.Root);
    }

    /// <summary>The pattern as given (byte-string convention).</summary>
    public string Pattern { get; }

    /// <summary>Number of parenthesised subexpressions.</summary>
    public int GroupCount { get; }

    /// <summary>
    /// builtins.match: null unless the whole input matches; otherwise each group's text, null for a group that
    /// did not participate.
    /// </summary>
    public string?[]? Match(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (_dotNetMatchesLikeLibstdcxx)
        {
            var match = WholeRegex().Match(input);
            if (!match.Success)
                return null;
            var groups = new string?[GroupCount];
            for (int i = 0; i < groups.Length; i++)
            {
                var group = match.Groups[i + 1];
                groups[i] = group.Success ? group.Value : null;
            }
            return groups;
        }
        var bounds = new int[2 * (GroupCount + 1)];
        if (!Automaton().MatchWhole(input, bounds))
            return null;
        return GroupsFromBounds(input, bounds);
    }

    /// <summary>
    /// builtins.split: the input cut at every match (as std::cregex_iterator finds them), interleaved with each
    /// match's groups. <see cref="PosixSplitResult.Pieces"/> has one more element than
    /// <see cref="PosixSplitResult.Matches"/>.
    /// </summary>
    public PosixSplitResult Split(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var pieces = new List<string>();
        var matches = new List<string?[]>();
        var bounds = new int[2 * (GroupCount + 1)];
        int pieceStart = 0;
        bool previousAvailable = false;
        bool found = Search(input, 0, notNull: false, continuous: false, lineBegin: true, bounds);
        while (found)
        {
            pieces.Add(input.Substring(pieceStart, bounds[0] - pieceStart));
            matches.Add(GroupsFromBounds(input, bounds));
            int start = bounds[1];
            pieceStart = start;
            if (bounds[0] == bounds[1])
            {
                // After an empty match: first a non-empty match right here, else move one byte on.
                if (start == input.Length)
                    break;
                if (Search(input, start, notNull: true, continuous: true, lineBegin: !previousAvailable, bounds))
                    continue;
                start++;
            }
            previousAvailable = true;
            found = Search(input, start, notNull: false, continuous: false, lineBegin: false, bounds);
        }
        pieces.Add(pieceStart == 0 ? input : input.Substring(pieceStart));
        return new PosixSplitResult(pieces.ToArray(), matches.ToArray());
    }

    private bool Search(string input, int from, bool notNull, bool continuous, bool lineBegin, int[] bounds)
    {
        if (!_dotNetSearchesLikeLibstdcxx)
            return Automaton().Search(input, from, notNull, continuous, lineBegin, bounds);
        // The fast path has no '^', so lineBegin cannot matter.
        var regex = notNull ? NonEmptyAtStartRegex() : SearchRegex();
        var match = regex.Match(input, from);
        if (!match.Success)
            return false;
        for (int i = 0; i <= GroupCount; i++)
        {
            var group = match.Groups[i];
            bounds[2 * i] = group.Success ? group.Index : -1;
            bounds[2 * i + 1] = group.Success ? group.Index + group.Length : -1;
        }
        return true;
    }

    /// <summary>The reference automaton, built on first need (many patterns never need it).</summary>
    private PosixRegexAutomaton Automaton() => _automaton ??= new PosixRegexAutomaton(_syntax);

    private static string?[] GroupsFromBounds(string input, int[] bounds)
    {
        var groups = new string?[bounds.Length / 2 - 1];
        for (int i = 0; i < groups.Length; i++)
        {
            int start = bounds[2 * i + 2], end = bounds[2 * i + 3];
            groups[i] = end < 0 ? null : input.Substring(start, end - start);
        }
        return groups;
    }

    private Regex WholeRegex() => _whole = Refresh(_whole, $@"\A(?:{_translation})\z");

    private Regex SearchRegex() => _search = Refresh(_search, _translation!);

    // \G pins the match to the start position and (?!\G) rejects ending there, i.e. an empty match.
    private Regex NonEmptyAtStartRegex() => _nonEmptyAtStart = Refresh(_nonEmptyAtStart, $@"\G(?:{_translation})(?!\G)");

    /// <summary>Creates the regex on first use, and recompiles it to IL once the pattern proves to be hot.</summary>
    private Regex Refresh(Regex? current, string pattern)
    {
        int uses = Interlocked.Increment(ref _uses);
        if (current is null)
            return new Regex(pattern, RegexOptions.CultureInvariant);
        if (uses == CompileToIlAfterUses || (uses > CompileToIlAfterUses && (current.Options & RegexOptions.Compiled) == 0))
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return current;
    }

    /// <summary>The constructs that decide whether .NET's engine can stand in for libstdc++'s.</summary>
    private readonly record struct Features(bool NullableRepeat, bool Alternation, bool LineBegin)
    {
        public static Features Of(PosixRegexNode node) => node switch
        {
            PosixAnchorNode anchor => new(false, false, anchor.AtStart),
            PosixGroupNode group => Of(group.Inner),
            PosixConcatNode concat => Combine(concat.Items, alternation: false),
            PosixAlternationNode alternation => Combine(alternation.Branches, alternation: true),
            PosixRepeatNode repeat => WithNullableRepeat(Of(repeat.Inner), repeat.Inner.Nullable && repeat.Max != 0),
            _ => default,
        };

        private static Features WithNullableRepeat(Features inner, bool nullableHere) =>
            inner with { NullableRepeat = inner.NullableRepeat || nullableHere };

        private static Features Combine(PosixRegexNode[] nodes, bool alternation)
        {
            var result = new Features(false, alternation, false);
            foreach (var node in nodes)
            {
                var f = Of(node);
                result = new(result.NullableRepeat || f.NullableRepeat, result.Alternation || f.Alternation, result.LineBegin || f.LineBegin);
            }
            return result;
        }
    }
}

/// <summary>
/// The result of builtins.split: <c>Pieces[0], Matches[0], Pieces[1], …, Pieces[n]</c>, where each match is the list
/// of its groups' texts (null for a group that did not participate).
/// </summary>
public sealed record PosixSplitResult(string[] Pieces, string?[][] Matches);
