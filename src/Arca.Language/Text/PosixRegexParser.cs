namespace Arca.Language.Text;

/// <summary>
/// Parses a POSIX extended regular expression with the exact acceptance rules of libstdc++'s std::regex
/// (flag <c>std::regex::extended</c>, as Nix's builtins.match and builtins.split construct it), including its
/// limit of 100000 automaton states. What libstdc++ rejects is rejected here with Nix's message.
/// </summary>
internal sealed class PosixRegexParser
{
    /// <summary>_GLIBCXX_REGEX_STATE_LIMIT.</summary>
    private const long StateLimit = 100_000;

    /// <summary>Characters that may follow a backslash outside brackets (libstdc++ rejects any other escape).</summary>
    private const string EscapableCharacters = "^$\\.*+?()[{|";

    private readonly string _pattern;
    private int _position;
    private int _groupCount;
    private long _allocatedStates;

    private PosixRegexParser(string pattern) => _pattern = pattern;

    public static PosixRegexSyntax Parse(string pattern)
    {
        var parser = new PosixRegexParser(pattern);
        // libstdc++ wraps the whole expression in an implicit group 0 and an accepting state.
        parser.Allocate(1);
        var root = parser.ParseDisjunction();
        if (parser._position < pattern.Length)
            throw NixRegexException.Invalid(pattern);
        parser.Allocate(2);
        return new PosixRegexSyntax(root, parser._groupCount);
    }

    private void Allocate(long states)
    {
        _allocatedStates += states;
        if (_allocatedStates > StateLimit)
            throw NixRegexException.TooBig(_pattern);
    }

    private bool AtEnd => _position >= _pattern.Length;

    private char Peek => _pattern[_position];

    private PosixRegexNode ParseDisjunction()
    {
        var first = ParseAlternative();
        if (AtEnd || Peek != '|')
            return first;
        var branches = new List<PosixRegexNode> { first };
        int reach = first.Reach;
        while (!AtEnd && Peek == '|')
        {
            _position++;
            var next = ParseAlternative();
            // A joining dummy state and the branching state.
            Allocate(2);
            branches.Add(next);
            reach += next.Reach + 2;
        }
        return new PosixAlternationNode(branches.ToArray()) { Reach = reach };
    }

    private PosixRegexNode ParseAlternative()
    {
        var terms = new List<PosixRegexNode>();
        int reach = 0;
        while (TryParseTerm(out var term))
        {
            terms.Add(term);
            reach += term.Reach;
        }
        // Every alternative ends in a dummy state.
        Allocate(1);
        reach += 1;
        return terms.Count == 1
            ? WithReach(terms[0], reach)
            : new PosixConcatNode(terms.ToArray()) { Reach = reach };
    }

    /// <summary>Wrapping a lone term in a one-element concatenation keeps the reach bookkeeping honest.</summary>
    private static PosixRegexNode WithReach(PosixRegexNode term, int reach) =>
        term.Reach == reach ? term : new PosixConcatNode([term]) { Reach = reach };

    private bool TryParseTerm(out PosixRegexNode term)
    {
        term = null!;
        if (AtEnd)
            return false;
        char c = Peek;
        if (c == '^' || c == '$')
        {
            _position++;
            Allocate(1);
            term = new PosixAnchorNode(atStart: c == '^') { Reach = 1 };
            return true;
        }
        if (!TryParseAtom(out var atom))
            return false;
        while (TryParseQuantifier(atom, out var quantified))
            atom = quantified;
        term = atom;
        return true;
    }

    private bool TryParseAtom(out PosixRegexNode atom)
    {
        atom = null!;
        char c = Peek;
        switch (c)
        {
            case '.':
                _position++;
                Allocate(1);
                atom = new PosixByteSetNode(ByteClasses.AnyButNul()) { Reach = 1 };
                return true;
            case '\\':
                _position++;
                if (AtEnd || EscapableCharacters.IndexOf(Peek) < 0)
                    throw NixRegexException.Invalid(_pattern);
                atom = Literal(_pattern[_position++]);
                return true;
            case '(':
                {
                    _position++;
                    Allocate(1);
                    int index = ++_groupCount;
                    var inner = ParseDisjunction();
                    if (AtEnd || Peek != ')')
                        throw NixRegexException.Invalid(_pattern);
                    _position++;
                    Allocate(1);
                    atom = new PosixGroupNode(index, inner) { Reach = inner.Reach + 2 };
                    return true;
                }
            case '[':
                _position++;
                atom = ParseBracket();
                return true;
            case ')' or '*' or '+' or '?' or '{' or '|':
                return false;
            default:
                atom = Literal(c);
                _position++;
                return true;
        }
    }

    private PosixRegexNode Literal(char c)
    {
        Allocate(1);
        var bytes = new bool[256];
        if (c <= 0xFF)
            bytes[c] = true;
        return new PosixByteSetNode(bytes) { Reach = 1 };
    }

    private bool TryParseQuantifier(PosixRegexNode atom, out PosixRegexNode quantified)
    {
        quantified = null!;
        if (AtEnd)
            return false;
        switch (Peek)
        {
            case '*':
                _position++;
                Allocate(1);
                quantified = new PosixRepeatNode(atom, PosixQuantifier.Star, 0, -1) { Reach = atom.Reach + 1 };
                return true;
            case '+':
                _position++;
                Allocate(1);
                quantified = new PosixRepeatNode(atom, PosixQuantifier.Plus, 1, -1) { Reach = atom.Reach + 1 };
                return true;
            case '?':
                _position++;
                Allocate(2);
                quantified = new PosixRepeatNode(atom, PosixQuantifier.Optional, 0, 1) { Reach = atom.Reach + 2 };
                return true;
            case '{':
                _position++;
                quantified = ParseInterval(atom);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// '{m}', '{m,}' or '{m,n}'. libstdc++ expands the interval by copying the atom's states, which is what
    /// makes large counts hit its state limit.
    /// </summary>
    private PosixRegexNode ParseInterval(PosixRegexNode atom)
    {
        long min = ReadCount() ?? throw NixRegexException.Invalid(_pattern);
        Allocate(1);
        bool unbounded = false;
        long max = min;
        if (!AtEnd && Peek == ',')
        {
            _position++;
            var upper = ReadCount();
            if (upper is null)
                unbounded = true;
            else
                max = upper.Value;
        }
        if (AtEnd || Peek != '}')
            throw NixRegexException.Invalid(_pattern);
        _position++;

        long reach = atom.Reach;
        AllocateCopies(min, reach);
        long total = 1 + min * reach;
        if (unbounded)
        {
            AllocateCopies(1, reach + 1);
            total += reach + 1;
            return new PosixRepeatNode(atom, PosixQuantifier.Counted, min, -1) { Reach = checked((int)total) };
        }
        if (max < min)
            throw NixRegexException.Invalid(_pattern);
        Allocate(1);
        AllocateCopies(max - min, reach + 1);
        total += 1 + (max - min) * (reach + 1);
        return new PosixRepeatNode(atom, PosixQuantifier.Counted, min, max) { Reach = checked((int)total) };
    }

    private void AllocateCopies(long copies, long statesEach)
    {
        if (copies == 0 || statesEach == 0)
            return;
        // Overflow-safe form of Allocate(copies * statesEach).
        if (copies > (StateLimit + 1) / statesEach + 1)
            throw NixRegexException.TooBig(_pattern);
        Allocate(copies * statesEach);
    }

    /// <summary>Reads decimal digits inside braces; anything but digits, ',' and '}' there is an error.</summary>
    private long? ReadCount()
    {
        if (AtEnd)
            throw NixRegexException.Invalid(_pattern);
        if (!char.IsAsciiDigit(Peek))
        {
            if (Peek != ',' && Peek != '}')
                throw NixRegexException.Invalid(_pattern);
            return null;
        }
        long value = 0;
        while (!AtEnd && char.IsAsciiDigit(Peek))
        {
            int digit = _pattern[_position++] - '0';
            if (value > (long.MaxValue - digit) / 10)
                throw NixRegexException.Invalid(_pattern);
            value = value * 10 + digit;
        }
        return value;
    }

    /// <summary>
    /// A bracket expression after its '['. Follows libstdc++: ']' first is literal, a backslash is literal,
    /// '-' is literal only first or last, ranges compare bytes as signed chars, classes use the C locale.
    /// </summary>
    private PosixRegexNode ParseBracket()
    {
        var bytes = new bool[256];
        bool negated = false;
        if (!AtEnd && Peek == '^')
        {
            negated = true;
            _position++;
        }
        int pending = -1; // the last single char, which may still become the start of a range
        bool lastWasClass = false;

        void Flush()
        {
            if (pending >= 0)
                bytes[pending] = true;
            pending = -1;
        }

        var token = NextBracketToken(atStart: true, out int value, out string? name);
        // A leading ']' or '-' is an ordinary character.
        if (token == BracketToken.Char || token == BracketToken.Dash)
        {
            pending = token == BracketToken.Dash ? '-' : value;
            token = NextBracketToken(atStart: false, out value, out name);
        }
        while (token != BracketToken.End)
        {
            switch (token)
            {
                case BracketToken.Char:
                    Flush();
                    pending = value;
                    lastWasClass = false;
                    break;
                case BracketToken.CollatingSymbol:
                    {
                        int symbol = ByteClasses.CollatingElement(name!);
                        if (symbol < 0)
                            throw NixRegexException.Invalid(_pattern);
                        Flush();
                        pending = symbol;
                        lastWasClass = false;
                        break;
                    }
                case BracketToken.EquivalenceClass:
                    {
                        int symbol = ByteClasses.CollatingElement(name!);
                        if (symbol < 0)
                            throw NixRegexException.Invalid(_pattern);
                        Flush();
                        lastWasClass = true;
                        // In the C locale the primary collation key is the lower-cased character.
                        for (int b = 0; b < 256; b++)
                            if (ByteClasses.ToLowerAscii(b) == ByteClasses.ToLowerAscii(symbol))
                                bytes[b] = true;
                        break;
                    }
                case BracketToken.CharacterClass:
                    if (!ByteClasses.TryAddNamedClass(name!, bytes))
                        throw NixRegexException.Invalid(_pattern);
                    Flush();
                    lastWasClass = true;
                    break;
                case BracketToken.Dash:
                    {
                        var next = NextBracketToken(atStart: false, out int end, out _);
                        if (next == BracketToken.End)
                        {
                            // "x-]": the dash is literal.
                            Flush();
                            bytes['-'] = true;
                            goto done;
                        }
                        // A range needs a single char before it (not a class, not the end of another range)
                        // and a plain char or another dash after it.
                        if (lastWasClass || pending < 0)
                            throw NixRegexException.Invalid(_pattern);
                        if (next == BracketToken.Dash)
                            end = '-';
                        else if (next != BracketToken.Char)
                            throw NixRegexException.Invalid(_pattern);
                        AddSignedRange(bytes, pending, end);
                        pending = -1;
                        lastWasClass = false;
                        break;
                    }
            }
            token = NextBracketToken(atStart: false, out value, out name);
        }
        Flush();
    done:
        if (negated)
            for (int b = 0; b < 256; b++)
                bytes[b] = !bytes[b];
        Allocate(1);
        return new PosixByteSetNode(bytes) { Reach = 1 };
    }

    private enum BracketToken { End, Char, Dash, CollatingSymbol, EquivalenceClass, CharacterClass }

    private BracketToken NextBracketToken(bool atStart, out int value, out string? name)
    {
        value = -1;
        name = null;
        if (AtEnd)
            throw NixRegexException.Invalid(_pattern);
        char c = _pattern[_position++];
        if (c == '-')
            return BracketToken.Dash;
        if (c == '[')
        {
            if (AtEnd)
                throw NixRegexException.Invalid(_pattern);
            char kind = Peek;
            if (kind is '.' or ':' or '=')
            {
                _position++;
                name = ReadBracketName(kind);
                return kind switch
                {
                    '.' => BracketToken.CollatingSymbol,
                    ':' => BracketToken.CharacterClass,
                    _ => BracketToken.EquivalenceClass,
                };
            }
            value = '[';
            return BracketToken.Char;
        }
        if (c == ']' && !atStart)
            return BracketToken.End;
        if (c > 0xFF)
            throw NixRegexException.Invalid(_pattern);
        value = c;
        return BracketToken.Char;
    }

    /// <summary>Reads up to the closing "x]" of "[x...x]"; a missing terminator is an error.</summary>
    private string ReadBracketName(char terminator)
    {
        int start = _position;
        while (!AtEnd && Peek != terminator)
            _position++;
        if (AtEnd)
            throw NixRegexException.Invalid(_pattern);
        string name = _pattern.Substring(start, _position - start);
        _position++;
        if (AtEnd || Peek != ']')
            throw NixRegexException.Invalid(_pattern);
        _position++;
        return name;
    }

    /// <summary>libstdc++ compares range ends as (signed) char on x86-64, so "[a-\xC3]" is an error.</summary>
    private void AddSignedRange(bool[] bytes, int from, int to)
    {
        int low = (sbyte)(byte)from, high = (sbyte)(byte)to;
        if (low > high)
            throw NixRegexException.Invalid(_pattern);
        for (int b = 0; b < 256; b++)
        {
            int signedValue = (sbyte)(byte)b;
            if (signedValue >= low && signedValue <= high)
                bytes[b] = true;
        }
    }
}

/// <summary>The result of parsing: the tree and how many capture groups it has.</summary>
internal sealed record PosixRegexSyntax(PosixRegexNode Root, int GroupCount);
