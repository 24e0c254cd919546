using Arca.Language.Text;

namespace Arca.Language.Tests.Text;

public sealed class TomlReaderTests
{
    private static DataNode Get(DataObject root, params string[] path)
    {
        DataNode node = root;
        foreach (var key in path)
            node = ((DataObject)node)[key];
        return node;
    }

    private static long Int(string document, string key = "x") => ((DataInteger)TomlReader.Parse(document)[key]).Value;

    private static double Float(string document, string key = "x") => ((DataFloat)TomlReader.Parse(document)[key]).Value;

    private static string Str(string document, string key = "x") => ((DataString)TomlReader.Parse(document)[key]).Value;

    private static string Fail(string document) => Assert.Throws<TomlException>(() => TomlReader.Parse(document)).Message;

    [Theory]
    [InlineData("x = +99", 99)]
    [InlineData("x = -17", -17)]
    [InlineData("x = 0", 0)]
    [InlineData("x = 5_349_221", 5349221)]
    [InlineData("x = 1_2_3_4_5", 12345)]
    [InlineData("x = 0xDEADBEEF", 3735928559)]
    [InlineData("x = 0xdead_beef", 3735928559)]
    [InlineData("x = 0o755", 493)]
    [InlineData("x = 0o01234567", 342391)]
    [InlineData("x = 0b11010110", 214)]
    [InlineData("x = 0x7FFFFFFFFFFFFFFF", long.MaxValue)]
    [InlineData("x = -9223372036854775808", long.MinValue)]
    [InlineData("x = 9223372036854775807", long.MaxValue)]
    public void ReadsIntegers(string document, long expected) => Assert.Equal(expected, Int(document));

    [Theory]
    [InlineData("x = 0123")]
    [InlineData("x = 1__0")]
    [InlineData("x = _1")]
    [InlineData("x = 1_")]
    [InlineData("x = +0x10")]
    [InlineData("x = 0b102")]
    [InlineData("x = 0xFFFFFFFFFFFFFFFF")]
    [InlineData("x = 3.e2")]
    [InlineData("x = .5")]
    [InlineData("x = 1.")]
    [InlineData("x = true1")]
    [InlineData("x = 1 y = 2")]
    [InlineData("[a][b]")]
    [InlineData("[a] b = 1")]
    [InlineData("a = 1 [b] c = 2")]
    [InlineData("x = [1 [2]]")]
    [InlineData("x = \"\\e\"")]
    [InlineData("x = \"\\x41\"")]
    [InlineData("x = {a = 1,\n b = 2}")]
    [InlineData("x = {a = 1,}")]
    [InlineData("x = \"unterminated")]
    [InlineData("x = [1, 2")]
    [InlineData("x =")]
    [InlineData("= 1")]
    [InlineData("x = 1979-13-01")]
    [InlineData("x = 1979-02-30")]
    [InlineData("x = 07:32")]
    [InlineData("x = 24:00:00")]
    [InlineData("\"\"\"k\"\"\" = 1")]
    public void RejectsInvalidDocuments(string document) => Assert.StartsWith("[error] ", Fail(document));

    [Fact]
    public void OverflowMessageMatchesNix()
    {
        Assert.Equal(
            "[error] toml::parse_dec_integer: too large integer: current max digits = 2^63\n --> fromTOML\n   |\n 1 | attr = 9223372036854775808\n   |                           ^-- must be < 2^63\n",
            Fail("attr = 9223372036854775808"));
        Assert.Equal(
            "[error] toml::parse_dec_integer: too large integer: current max digits = 2^63\n --> fromTOML\n   |\n 1 | attr = -9223372036854775809\n   |                            ^-- must be < 2^63\n",
            Fail("attr = -9223372036854775809"));
    }

    /// <summary>Message recorded from toml11 4 (the TOML library of current Nix).</summary>
    [Fact]
    public void FloatOverflowIsAnErrorLikeToml11()
    {
        Assert.Equal(
            "[error] toml::parse_floating: failed to read floating point value from stream\n --> fromTOML\n   |\n 2 | b = 922e3372036854775807\n   |                         ^-- here\n",
            Fail("a = 1\nb = 922e3372036854775807"));
        Assert.Equal(0.0, Float("x = 1e-400"));
        Assert.Equal(4.9406564584124654e-324, Float("x = 5e-324"));
    }

    /// <summary>
    /// First error of toml11 4's message for these documents (recorded by driving toml11 as Nix's fromTOML does;
    /// toml11 then goes on and appends further errors it finds, which Arca does not).
    /// </summary>
    [Theory]
    [InlineData("name = \"Tom\"\nname = \"Pradyun\"", "[error] toml::insert_value: failed to insert a value, value already exists\n --> fromTOML\n   |\n 2 | name = \"Pradyun\"\n   | ^^^^-- inserting this\n   | ...\n   |\n 1 | name = \"Tom\"\n   |        ^^^^^-- but value already exists\n")]
    [InlineData("[x]\ny = 1\n[x]", "[error] toml::insert_value: failed to insert a table, table already defined\n --> fromTOML\n   |\n 3 | [x]\n   | ^^^-- inserting this\n   | ...\n   |\n 1 | [x]\n   | ^^^-- this table is explicitly defined\n")]
    [InlineData("a = {b = 1}\n[a.c]", "[error] toml::insert_value: failed to insert a value: inline table is immutable\n --> fromTOML\n   |\n 2 | [a.c]\n   | ^^^^^-- inserting this\n   | ...\n   |\n 1 | a = {b = 1}\n   |     ^^^^^^^-- to this table\n")]
    [InlineData("a = [1]\n[[a]]", "[error] toml::insert_value: failed to insert an array of tables, value already exists\n --> fromTOML\n   |\n 2 | [[a]]\n   | ^^^^^-- while inserting this\n   | ...\n   |\n 1 | a = [1]\n   |     ^^^-- non-table value already exists\n")]
    [InlineData("a.b = 1\na = 2", "[error] toml::insert_value: failed to insert a value, value already exists\n --> fromTOML\n   |\n 2 | a = 2\n   | ^-- inserting this\n   | ...\n   |\n 1 | a.b = 1\n   | ^^^-- but value already exists\n")]
    [InlineData("a = 1\na.b = 2", "[error] toml::insert_value: failed to insert a value, value already exists\n --> fromTOML\n   |\n 2 | a.b = 2\n   | ^^^-- while inserting this\n   | ...\n   |\n 1 | a = 1\n   |     ^-- non-table value already exists\n")]
    [InlineData("[a]\nx=1\n[a.x]", "[error] toml::insert_value: failed to insert a table, table already defined\n --> fromTOML\n   |\n 3 | [a.x]\n   | ^^^^^-- inserting this\n   | ...\n   |\n 2 | x=1\n   |   ^-- this table is explicitly defined\n")]
    [InlineData("a 1", "[error] toml::parse_key_value_pair: invalid key value separator `=`\n --> fromTOML\n   |\n 1 | a 1\n   |   ^-- expected =\n")]
    [InlineData("a = ", "[error] bad format: unknown value appeared\n --> fromTOML\n   |\n 1 | a = \n   |     ^-- here\n")]
    [InlineData("a = 1 b", "[error] toml::parse_table: newline (LF / CRLF) or EOF is expected\n --> fromTOML\n   |\n 1 | a = 1 b\n   |       ^-- here\n")]
    [InlineData("a = [1 2]", "[error] toml::parse_array: expected value-separator `,` or closing `]`\n --> fromTOML\n   |\n 1 | a = [1 2]\n   |        ^-- here\n")]
    [InlineData("a = \"x", "[error] toml::parse_basic_string: invalid string format\n --> fromTOML\n   |\n 1 | a = \"x\n   |       ^-- expected \"\n")]
    [InlineData("a = 1\n[b", "[error] toml::parse_file: invalid table key\n --> fromTOML\n   |\n 2 | [b\n   |   ^-- expected ]\n")]
    [InlineData("[[b]", "[error] toml::parse_file: invalid array-table key\n --> fromTOML\n   |\n 1 | [[b]\n   |    ^-- expected ]]\n")]
    [InlineData("= 1", "[error] toml::parse_simple_key: invalid key: key must be \"quoted\", 'quoted-literal', or bare key.\n --> fromTOML\n   |\n 1 | = 1\n   | ^-- expected alpha [a-zA-Z], digit [0-9], -, or _\nHint: non-ASCII scripts are allowed in toml v1.1.0, but not in v1.0.0.\n")]
    [InlineData("a = 01", "[error] bad integer: invalid digit after an integer\n --> fromTOML\n   |\n 1 | a = 01\n   |      ^-- this digit is not allowed\nHint: valid  : -42, 1_000, 1_2_3_4_5, 0xC0FFEE, 0b0010, 0o755\nHint: invalid: _42, 1__000, 0123\n")]
    [InlineData("[a] b = 1", "[error] toml::parse_file: newline (or EOF) expected\n --> fromTOML\n   |\n 1 | [a] b = 1\n   |     ^-- expected 0x0a(LINE FEED) or \r\n\n")]
    [InlineData("a = tru", "[error] toml::parse_boolean: invalid boolean: boolean must be `true` or `false`, in lowercase. string must be surrounded by `\"`\n --> fromTOML\n   |\n 1 | a = tru\n   |     ^-- expected true or false\n")]
    [InlineData("a = 'x", "[error] toml::parse_literal_string: invalid string format\n --> fromTOML\n   |\n 1 | a = 'x\n   |       ^-- expected '\n")]
    [InlineData("a = {b = 1,", "[error] toml::parse_simple_key: invalid key: key must be \"quoted\", 'quoted-literal', or bare key.\n --> fromTOML\n   |\n 1 | a = {b = 1,\n   |            ^-- expected alpha [a-zA-Z], digit [0-9], -, or _\nHint: non-ASCII scripts are allowed in toml v1.1.0, but not in v1.0.0.\n")]
    [InlineData("invalid-escape-is-far-away-from-the-start = \"This string has a bad \\a escape character.\"", "[error] toml::parse_basic_string: invalid string format\n --> fromTOML\n   |\n 1 | ... tart = \"This string has a bad \\a escape character.\"\n   |                                   ^-- expected \"\n")]
    [InlineData("x = 1\n\tx = 2", "[error] toml::insert_value: failed to insert a value, value already exists\n --> fromTOML\n   |\n 2 | 0x09(TAB)x = 2\n   |  ^-- inserting this\n   | ...\n   |\n 1 | x = 1\n   |     ^-- but value already exists\n")]
    [InlineData("x = 1\nx = 1\nx = 1\nx = 1\nx = 1\nx = 1\nx = 1\nx = 1\nx = 1\nx = 2", "[error] toml::insert_value: failed to insert a value, value already exists\n --> fromTOML\n   |\n 2 | x = 1\n   | ^-- inserting this\n   | ...\n   |\n 1 | x = 1\n   |     ^-- but value already exists\n")]
    public void ErrorMessagesMatchToml11(string document, string expected) => Assert.Equal(expected, Fail(document));

    [Fact]
    public void ErrorsNameTheLine()
    {
        string message = Fail("a = 1\nb = 2\nc = oops\n");
        Assert.Contains(" 3 | c = oops\n", message);
    }

    [Theory]
    [InlineData("x = +1.0", 1.0)]
    [InlineData("x = 3.1415", 3.1415)]
    [InlineData("x = -0.01", -0.01)]
    [InlineData("x = 5e+22", 5e22)]
    [InlineData("x = 1e6", 1e6)]
    [InlineData("x = -2E-2", -0.02)]
    [InlineData("x = 6.626e-34", 6.626e-34)]
    [InlineData("x = 9_224_617.445_991_228_313", 9224617.445991228313)]
    [InlineData("x = 1_000.5_0", 1000.5)]
    [InlineData("x = 1e0_1", 10.0)]
    [InlineData("x = inf", double.PositiveInfinity)]
    [InlineData("x = +inf", double.PositiveInfinity)]
    [InlineData("x = -inf", double.NegativeInfinity)]
    public void ReadsFloats(string document, double expected) => Assert.Equal(expected, Float(document));

    [Fact]
    public void ReadsNanAndNegativeZero()
    {
        Assert.True(double.IsNaN(Float("x = nan")));
        Assert.True(double.IsNaN(Float("x = -nan")));
        Assert.False(double.IsNegative(Float("x = nan")));
        Assert.True(double.IsNegative(Float("x = -nan")));
        Assert.True(double.IsNegative(Float("x = -0.0")));
    }

    [Fact]
    public void ReadsStringsInTheByteConvention()
    {
        Assert.Equal("I'm a string. \"You can quote me\". Name\tJos\u00C3\u00A9\nLocation\tSF.",
            Str("x = \"I'm a string. \\\"You can quote me\\\". Name\\tJos\\u00E9\\nLocation\\tSF.\""));
        Assert.Equal("\u00F0\u009F\u0098\u0080", Str("x = \"\\U0001F600\""));
        Assert.Equal("C:\\Users\\x", Str("x = 'C:\\Users\\x'"));
        Assert.Equal("\u00C3\u00A9", Str("x = '\u00C3\u00A9'"));
        Assert.Equal("ab", Str("x = \"\"\"\na\\\n   b\"\"\""));
        Assert.Equal("a\nb\n", Str("x = \"\"\"\r\na\r\nb\n\"\"\""));
        Assert.Equal("a'", Str("x = '''a''''"));
        Assert.Equal("a\"\"", Str("x = \"\"\"a\"\"\"\"\""));
        Assert.Equal("'type'", Str("x = ''''type''''"));
        Assert.Equal("line one\n  raw \\n", Str("x = '''\nline one\n  raw \\n'''"));
        Assert.Equal("", Str("x = \"\""));
    }

    [Fact]
    public void RejectsNulInKeysAndValuesLikeNix()
    {
        Assert.Equal("error: input string 'a\u00E2\u0090\u0080b' cannot be represented as Nix string because it contains null bytes",
            Fail("k = \"a\\u0000b\""));
        Assert.Equal("error: input string 'a\u00E2\u0090\u0080b' cannot be represented as Nix string because it contains null bytes",
            Fail("\"a\\u0000b\" = 1"));
        // The check runs after parsing, so a later syntax error is what Nix reports.
        Assert.StartsWith("[error] ", Fail("k = \"a\\u0000b\"\nx = "));
    }

    [Fact]
    public void BuildsTablesKeysAndArraysOfTables()
    {
        var root = TomlReader.Parse("""
            bare_key = "value"
            bare-key = "value"
            1234 = "value"
            "127.0.0.1" = "value"
            'quoted "value"' = "value"
            "" = 1
            physical.color = "orange"
            site."google.com" = true
            arr = [ 1, "a", [2], {y = 1}, ]
            nested = [
              1, # comment
              2,
            ]

            [dog."tater.man"]
            type.name = "pug"

            [ g .  h  . i ]
            [x.y]
            point = { x = 1, y.z = 2 }

            [[products]]
            name = "Hammer"

            [[products]]

            [[fruit]]
              name = "apple"
              [fruit.physical]
                color = "red"
              [[fruit.variety]]
                name = "red delicious"
              [[fruit.variety]]
                name = "granny smith"
            [[fruit]]
              name = "banana"
            """);
        Assert.Equal(["bare_key", "bare-key", "1234", "127.0.0.1", "quoted \"value\"", "", "physical", "site", "arr", "nested", "dog", "g", "x", "products", "fruit"],
            root.Entries.Select(e => e.Key));
        Assert.Equal("orange", ((DataString)Get(root, "physical", "color")).Value);
        Assert.True(((DataBoolean)Get(root, "site", "google.com")).Value);
        var arr = (DataArray)root["arr"];
        Assert.Equal(4, arr.Items.Count);
        Assert.Equal(2, ((DataInteger)((DataArray)arr.Items[2]).Items[0]).Value);
        Assert.Equal(1, ((DataInteger)((DataObject)arr.Items[3])["y"]).Value);
        Assert.Equal(2, ((DataArray)root["nested"]).Items.Count);
        Assert.Equal("pug", ((DataString)Get(root, "dog", "tater.man", "type", "name")).Value);
        Assert.Equal(0, ((DataObject)Get(root, "g", "h", "i")).Count);
        Assert.Equal(2, ((DataInteger)Get(root, "x", "y", "point", "y", "z")).Value);
        var products = (DataArray)root["products"];
        Assert.Equal(2, products.Items.Count);
        Assert.Equal(0, ((DataObject)products.Items[1]).Count);
        var fruit = (DataArray)root["fruit"];
        var apple = (DataObject)fruit.Items[0];
        Assert.Equal("red", ((DataString)Get(apple, "physical", "color")).Value);
        Assert.Equal(2, ((DataArray)apple["variety"]).Items.Count);
        Assert.Equal("banana", ((DataString)((DataObject)fruit.Items[1])["name"]).Value);
    }

    [Theory]
    [InlineData("a = 1\na = 2")]
    [InlineData("[a]\n[a]")]
    [InlineData("[x]\ny=1\n[x.y]")]
    [InlineData("a = [1]\n[[a]]")]
    [InlineData("a = {b=1}\n[a.c]")]
    [InlineData("a = {b=1}\na.c = 2")]
    [InlineData("[a.b.c]\n[a]\nb.d=1")]
    [InlineData("[a.b.c]\nz = 9\n[a]\nb.c.t = 1")]
    [InlineData("a.b = 1\na.b.c = 2")]
    [InlineData("[[a]]\n[a]")]
    [InlineData("a.b = 1\n[a]")]
    [InlineData("[fruit]\napple.color = 'red'\n[fruit.apple]")]
    public void RejectsRedefinitions(string document) => Assert.StartsWith("[error] toml::insert_value", Fail(document));

    [Theory]
    [InlineData("[a.b]\n[a]")]
    [InlineData("[a]\nb.c=1\n[a.b.d]\ne=1")]
    [InlineData("[[a]]\nb=1\n[a.c]\nd=2")]
    [InlineData("[fruit]\napple.color = 'red'\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true")]
    [InlineData("")]
    [InlineData("# only a comment")]
    [InlineData("\n\n  \t\n")]
    [InlineData("a = 1[b]\nq = 1")]
    [InlineData("a = \"x\" [[b]]\nq = 1")]
    [InlineData("a = {}[b]")]
    public void AcceptsWhatTheSpecAllows(string document) => TomlReader.Parse(document);

    [Theory]
    [InlineData("1979-05-27T07:32:00Z", "1979-05-27T07:32:00Z", DataDateTimeKind.OffsetDateTime)]
    [InlineData("1979-05-27T00:32:00-07:00", "1979-05-27T00:32:00-07:00", DataDateTimeKind.OffsetDateTime)]
    [InlineData("1979-05-27T00:32:00.999999-07:00", "1979-05-27T00:32:00.999999-07:00", DataDateTimeKind.OffsetDateTime)]
    [InlineData("1979-05-27 07:32:00Z", "1979-05-27T07:32:00Z", DataDateTimeKind.OffsetDateTime)]
    [InlineData("1979-05-27 07:32:00.1Z", "1979-05-27T07:32:00.100Z", DataDateTimeKind.OffsetDateTime)]
    [InlineData("1979-05-27t07:32:00.1234z", "1979-05-27T07:32:00.123400Z", DataDateTimeKind.OffsetDateTime)]
    [InlineData("1979-05-27t07:32:00.1234567891Z", "1979-05-27T07:32:00.123456789Z", DataDateTimeKind.OffsetDateTime)]
    [InlineData("1979-05-27T07:32:00+00:00", "1979-05-27T07:32:00Z", DataDateTimeKind.OffsetDateTime)]
    [InlineData("1979-05-27T07:32:00", "1979-05-27T07:32:00", DataDateTimeKind.LocalDateTime)]
    [InlineData("1979-05-27T07:32:00.12", "1979-05-27T07:32:00.120", DataDateTimeKind.LocalDateTime)]
    [InlineData("1979-05-27 00:32:00.1234567", "1979-05-27T00:32:00.123456700", DataDateTimeKind.LocalDateTime)]
    [InlineData("1979-05-27T07:32:00.000", "1979-05-27T07:32:00", DataDateTimeKind.LocalDateTime)]
    [InlineData("1979-05-27", "1979-05-27", DataDateTimeKind.LocalDate)]
    [InlineData("2000-02-29", "2000-02-29", DataDateTimeKind.LocalDate)]
    [InlineData("07:32:00", "07:32:00", DataDateTimeKind.LocalTime)]
    [InlineData("00:32:00.12345", "00:32:00.123450", DataDateTimeKind.LocalTime)]
    public void NormalizesDatesAndTimesAsNixPrintsThem(string literal, string expected, DataDateTimeKind kind)
    {
        var value = (DataDateTime)TomlReader.Parse("x = " + literal + " # c")["x"];
        Assert.Equal(expected, value.Text);
        Assert.Equal(kind, value.Kind);
        Assert.Equal(literal, value.OriginalText);
    }

    [Theory]
    [InlineData("x = \"\u00C3\"")]
    [InlineData("x = '\u00C3'")]
    [InlineData("x = \"\"\"\u00C3\"\"\"")]
    [InlineData("x = '''\u00FF'''")]
    [InlineData("# \u00C3\nx = 1")]
    [InlineData("# \u00ED\u00A0\u0080 (an encoded surrogate)\nx = 1")]
    [InlineData("x = \"\u00C0\u0080\"")]
    public void RejectsInvalidUtf8(string document) => Assert.Contains("invalid UTF-8", Fail(document));

    [Fact]
    public void SkipsAByteOrderMark() => Assert.Equal(1, Int("\u00EF\u00BB\u00BFx = 1 # comment \u00C3\u00A9"));

    /// <summary>toml11 allows |hour| &lt;= 24 and |minute| &lt;= 60 in offsets and prints them from total minutes.</summary>
    [Theory]
    [InlineData("1985-06-18 17:04:07+12:60", "1985-06-18T17:04:07+13:00")]
    [InlineData("1985-06-18 17:04:07-00:60", "1985-06-18T17:04:07-01:00")]
    [InlineData("1985-06-18 17:04:07-00:00", "1985-06-18T17:04:07Z")]
    public void NormalizesOffsetsLikeToml11(string literal, string expected) =>
        Assert.Equal(expected, ((DataDateTime)TomlReader.Parse("x = " + literal)["x"]).Text);

    [Fact]
    public void LocalDateFollowedBySpaceAndCommentIsADate()
    {
        var value = (DataDateTime)TomlReader.Parse("x = 1979-05-27 # not a time")["x"];
        Assert.Equal(DataDateTimeKind.LocalDate, value.Kind);
    }
}
