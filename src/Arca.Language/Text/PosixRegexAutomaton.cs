using System.Runtime.CompilerServices;

namespace Arca.Language.Text;

/// <summary>
/// A backtracking matcher that reproduces libstdc++'s std::regex DFS executor for the POSIX grammars, state for
/// state: alternatives are all explored and the longest match wins (first found on ties), a greedy repeat stops
/// trying fewer iterations once a match was found through more, and an empty iteration may be repeated twice at
/// one position. Used where .NET's backtracking engine would pick a different match or different groups.
/// </summary>
internal sealed class PosixRegexAutomaton
{
    private enum Kind : byte { Match, Alternation, Repeat, GroupBegin, GroupEnd, LineBegin, LineEnd, Accept }

    private struct State
    {
        public Kind Kind;
        public int Next;
        /// <summary>Alternation: the other branches start here (in <see cref="Branches"/>); Repeat: the body.</summary>
        public int Alt;
        public int Group;
        public int[]? Branches;
        public bool[]? Bytes;
    }

    private readonly List<State> _building = [];
    private readonly State[] _states;
    private readonly int _start;

    public int GroupCount { get; }

    public PosixRegexAutomaton(PosixRegexSyntax syntax)
    {
        GroupCount = syntax.GroupCount;
        int accept = Add(new State { Kind = Kind.Accept, Next = -1 });
        _start = Build(syntax.Root, accept);
        _states = _building.ToArray();
        _building.Clear();
        _building.TrimExcess();
    }

    private int Add(State state)
    {
        _building.Add(state);
        return _building.Count - 1;
    }

    /// <summary>Builds the states for <paramref name="node"/> followed by <paramref name="next"/>; returns the entry.</summary>
    private int Build(PosixRegexNode node, int next)
    {
        switch (node)
        {
            case PosixByteSetNode set:
                return Add(new State { Kind = Kind.Match, Bytes = set.Bytes, Next = next });
            case PosixAnchorNode anchor:
                return Add(new State { Kind = anchor.AtStart ? Kind.LineBegin : Kind.LineEnd, Next = next });
            case PosixGroupNode group:
                {
                    int end = Add(new State { Kind = Kind.GroupEnd, Group = group.Index, Next = next });
                    int inner = Build(group.Inner, end);
                    return Add(new State { Kind = Kind.GroupBegin, Group = group.Index, Next = inner });
                }
            case PosixConcatNode concat:
                for (int i = concat.Items.Length - 1; i >= 0; i--)
                    next = Build(concat.Items[i], next);
                return next;
            case PosixAlternationNode alternation:
                {
                    var branches = new int[alternation.Branches.Length];
                    for (int i = 0; i < branches.Length; i++)
                        branches[i] = Build(alternation.Branches[i], next);
                    return Add(new State { Kind = Kind.Alternation, Branches = branches, Next = next });
                }
            case PosixRepeatNode repeat:
                return BuildRepeat(repeat, next);
            default:
                throw new InvalidOperationException("unknown regex node " + node.GetType().Name);
        }
    }

    private int BuildRepeat(PosixRepeatNode repeat, int next)
    {
        switch (repeat.Kind)
        {
            case PosixQuantifier.Star:
                return Loop(repeat.Inner, next);
            case PosixQuantifier.Plus:
                {
                    int loop = Add(new State { Kind = Kind.Repeat, Next = next });
                    int body = Build(repeat.Inner, loop);
                    var s = _building[loop];
                    s.Alt = body;
                    _building[loop] = s;
                    return body;
                }
            case PosixQuantifier.Optional:
                return Optional(repeat.Inner, next);
            default:
                {
                    // libstdc++ copies the atom: min mandatory copies, then either a loop or (max-min) nested
                    // optional copies that all leave to the same exit.
                    int tail = repeat.Max < 0 ? Loop(repeat.Inner, next) : OptionalChain(repeat.Inner, repeat.Max - repeat.Min, next);
                    for (long i = 0; i < repeat.Min; i++)
                        tail = Build(repeat.Inner, tail);
                    return tail;
                }
        }
    }

    private int Loop(PosixRegexNode inner, int next)
    {
        int loop = Add(new State { Kind = Kind.Repeat, Next = next });
        int body = Build(inner, loop);
        var s = _building[loop];
        s.Alt = body;
        _building[loop] = s;
        return loop;
    }

    private int Optional(PosixRegexNode inner, int next)
    {
        int body = Build(inner, next);
        return Add(new State { Kind = Kind.Repeat, Alt = body, Next = next });
    }

    private int OptionalChain(PosixRegexNode inner, long count, int exit)
    {
        // Built from the innermost copy outwards: copy k continues into choice k+1; every choice exits to 'exit'.
        int after = exit;
        for (long i = 0; i < count; i++)
        {
            int body = Build(inner, after);
            after = Add(new State { Kind = Kind.Repeat, Alt = body, Next = exit });
        }
        return after;
    }

    /// <summary>
    /// regex_match: does the whole input match? On success <paramref name="groups"/> holds start/end pairs
    /// (-1 when unmatched), pair 0 being the whole match.
    /// </summary>
    public bool MatchWhole(string input, int[] groups)
    {
        var run = new Run(this, input);
        run.Reset(0, exact: true, notNull: false, startIsLineBegin: true);
        run.Dfs(_start);
        if (!run.HasSolution)
            return false;
        Array.Copy(run.Results, groups, groups.Length);
        return true;
    }

    /// <summary>
    /// regex_search from <paramref name="from"/>: the leftmost position where a match starts, and there the
    /// longest match libstdc++ finds. <paramref name="continuous"/> allows only a match starting at
    /// <paramref name="from"/>; <paramref name="lineBeginAtFrom"/> says whether '^' may match there (it never
    /// matches further on).
    /// </summary>
    public bool Search(string input, int from, bool notNull, bool continuous, bool lineBeginAtFrom, int[] groups)
    {
        var run = new Run(this, input);
        bool lineBegin = lineBeginAtFrom;
        for (int begin = from; begin <= input.Length; begin++)
        {
            run.Reset(begin, exact: false, notNull, lineBegin);
            run.Dfs(_start);
            if (run.HasSolution)
            {
                Array.Copy(run.Results, groups, groups.Length);
                return true;
            }
            if (continuous)
                return false;
            lineBegin = false;
        }
        return false;
    }

    /// <summary>One execution; mirrors the fields of libstdc++'s _Executor.</summary>
    private sealed class Run
    {
        private readonly State[] _states;
        private readonly string _input;
        private readonly int[] _current;
        private readonly int[] _repeatPosition;
        private readonly int[] _repeatCount;
        private int _begin;
        private bool _exact;
        private bool _notNull;
        private bool _startIsLineBegin;
        private int _position;
        private int _solutionEnd;

        public readonly int[] Results;
        public bool HasSolution;

        public Run(PosixRegexAutomaton automaton, string input)
        {
            _states = automaton._states;
            _input = input;
            int slots = 2 * (automaton.GroupCount + 1);
            _current = new int[slots];
            Results = new int[slots];
            // Backtracking restores these to zero, so one run serves every start position.
            _repeatPosition = new int[_states.Length];
            _repeatCount = new int[_states.Length];
        }

        public void Reset(int begin, bool exact, bool notNull, bool startIsLineBegin)
        {
            _begin = begin;
            _exact = exact;
            _notNull = notNull;
            _startIsLineBegin = startIsLineBegin;
            Array.Fill(_current, -1);
            Array.Fill(Results, -1);
            _current[0] = begin;
            _position = begin;
            _solutionEnd = -1;
            HasSolution = false;
        }

        public void Dfs(int index)
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
                throw new InsufficientExecutionStackException("regular expression matching exhausted the stack");
            ref readonly State state = ref _states[index];
            switch (state.Kind)
            {
                case Kind.Match:
                    if (_position < _input.Length)
                    {
                        char c = _input[_position];
                        if (c < 256 && state.Bytes![c])
                        {
                            _position++;
                            Dfs(state.Next);
                            _position--;
                        }
                    }
                    break;
                case Kind.Alternation:
                    {
                        // POSIX: try every branch and keep the longest result.
                        bool found = false;
                        foreach (int branch in state.Branches!)
                        {
                            HasSolution = false;
                            Dfs(branch);
                            found |= HasSolution;
                        }
                        HasSolution = found;
                        break;
                    }
                case Kind.Repeat:
                    RepeatOnceMore(index, state.Alt);
                    if (!HasSolution)
                        Dfs(state.Next);
                    break;
                case Kind.GroupBegin:
                    {
                        int slot = 2 * state.Group;
                        int saved = _current[slot];
                        _current[slot] = _position;
                        Dfs(state.Next);
                        _current[slot] = saved;
                        break;
                    }
                case Kind.GroupEnd:
                    {
                        int slot = 2 * state.Group + 1;
                        int savedEnd = _current[slot];
                        int savedStart = _current[slot - 1];
                        _current[slot] = _position;
                        Dfs(state.Next);
                        _current[slot] = savedEnd;
                        _current[slot - 1] = savedStart;
                        break;
                    }
                case Kind.LineBegin:
                    if (_position == _begin && _startIsLineBegin)
                        Dfs(state.Next);
                    break;
                case Kind.LineEnd:
                    if (_position == _input.Length)
                        Dfs(state.Next);
                    break;
                case Kind.Accept:
                    Accept();
                    break;
            }
        }

        private void RepeatOnceMore(int index, int body)
        {
            if (_repeatCount[index] == 0 || _repeatPosition[index] != _position)
            {
                int savedPosition = _repeatPosition[index], savedCount = _repeatCount[index];
                _repeatPosition[index] = _position;
                _repeatCount[index] = 1;
                Dfs(body);
                _repeatPosition[index] = savedPosition;
                _repeatCount[index] = savedCount;
            }
            else if (_repeatCount[index] < 2)
            {
                _repeatCount[index]++;
                Dfs(body);
                _repeatCount[index]--;
            }
        }

        private void Accept()
        {
            bool solution = _exact ? _position == _input.Length : true;
            if (_position == _begin && _notNull)
                solution = false;
            if (!solution)
                return;
            HasSolution = true;
            if (_solutionEnd < 0 || _solutionEnd < _position)
            {
                _solutionEnd = _position;
                Array.Copy(_current, Results, Results.Length);
                Results[1] = _position;
            }
        }
    }
}
