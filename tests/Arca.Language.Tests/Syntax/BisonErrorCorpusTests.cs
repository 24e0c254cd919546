namespace Arca.Language.Tests.Syntax;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// Syntax errors exactly as Nix's bison parser reports them. The cases were generated (random and mutated
/// expressions) and their expected verdicts recorded by running the LALR automaton that bison builds from the
/// current upstream grammar: "OK" when the grammar accepts, else bison's message and the offending token's
/// position. One or two cases per distinct message; cases where Nix reports a semantic error first (a duplicate
/// attribute, which it detects as soon as the binding is reduced) are left out.
/// </summary>
public sealed class BisonErrorCorpusTests
{
    [Fact]
    public void EveryRecordedCaseGivesBisonsVerdict()
    {
        var failures = new System.Text.StringBuilder();
        int count = 0;
        foreach (var line in Corpus.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split('\t');
            var (input, expected, at) = (fields[0], fields[1], fields[2]);
            count++;
            string actual;
            try
            {
                Parser.Parse(new Source("/t.nix", ByteString.FromText(input), "/", true), new ParserOptions("/h"));
                actual = "OK";
            }
            catch (EvalError e)
            {
                actual = $"{ByteString.ToText(e.Message)}\t{e.Pos.Line}:{e.Pos.Column}";
            }
            var wanted = expected == "OK" ? "OK" : $"{expected}\t{at}";
            if (actual != wanted) failures.AppendLine($"{input}\n  expected {wanted}\n  actual   {actual}");
        }
        Assert.True(count > 500);
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private const string Corpus = """"
[ !	syntax error, unexpected '!'	1:3
[ ! b.c : <n> != 2.5	syntax error, unexpected '!'	1:3
( ''x'' ! // a	syntax error, unexpected '!', expecting ')'	1:9
--1 [ ] ++ ([ ] b.p ! or a (a)) ? p	syntax error, unexpected '!', expecting ')'	1:21
[  ] * x.y or z / ./p c - rec { p !(a) (a) + c; inherit y; }	syntax error, unexpected '!', expecting '.' or '='	1:35
with 1 ./p !	syntax error, unexpected '!', expecting ';'	1:12
assert b.c ! b.c	syntax error, unexpected '!', expecting ';'	1:12
let !	syntax error, unexpected '!', expecting 'in' or 'inherit'	1:5
( let ! + ''' { } == ''$	syntax error, unexpected '!', expecting 'in' or 'inherit'	1:7
{ !	syntax error, unexpected '!', expecting 'inherit'	1:3
{ ! else x: let '''	syntax error, unexpected '!', expecting 'inherit'	1:3
let { ! } 1	syntax error, unexpected '!', expecting 'inherit' or '}'	1:7
if ''$ { a, b }: / '' ! / assert	syntax error, unexpected '!', expecting 'then'	1:23
a@ !	syntax error, unexpected '!', expecting '{'	1:4
rec ! ''x'' then or	syntax error, unexpected '!', expecting '{'	1:5
"x${x: c b [ ] < (a) !1 "s" http://u}y"	syntax error, unexpected '!', expecting '}'	1:22
"s" !	syntax error, unexpected '!', expecting end of file	1:5
2.5 ! ; $ ] ''' ...	syntax error, unexpected '!', expecting end of file	1:5
let in -./p . !c // "s"	syntax error, unexpected '!', expecting identifier or 'or' or '${' or '"'	1:15
!=	syntax error, unexpected '!='	1:1
!= ${ ) { a, b }:	syntax error, unexpected '!='	1:1
let a !=	syntax error, unexpected '!=', expecting '.' or '='	1:7
let != !=	syntax error, unexpected '!=', expecting 'in' or 'inherit'	1:5
let != ] '' $ && @	syntax error, unexpected '!=', expecting 'in' or 'inherit'	1:5
( { !=	syntax error, unexpected '!=', expecting 'inherit'	1:5
{ != // ''' = 1 or (	syntax error, unexpected '!=', expecting 'inherit'	1:3
let { != ) + rec then	syntax error, unexpected '!=', expecting 'inherit' or '}'	1:7
a@ !=	syntax error, unexpected '!=', expecting '{'	1:4
a@ != <= else $	syntax error, unexpected '!=', expecting '{'	1:4
rec { y "z"; }	syntax error, unexpected '"', expecting '.' or '='	1:9
a@ "s"	syntax error, unexpected '"', expecting '{'	1:4
assert rec " " @ ''x''	syntax error, unexpected '"', expecting '{'	1:12
x: a.${a} or ''i'' b."q" or http://u ? "r" "r"	syntax error, unexpected '"', expecting end of file	1:44
{ b, " b }: let in ''i''	syntax error, unexpected '"', expecting identifier or '...' or '}'	1:6
${	syntax error, unexpected '${'	1:1
${ 2.5 == " or <	syntax error, unexpected '${'	1:1
{ "s" ${ != ~/h ,	syntax error, unexpected '${', expecting '.' or '='	1:7
{ b, c } @ q: { a } ${ @ q: 2.5 x.y or z 2.5 -> 1 <n>	syntax error, unexpected '${', expecting ':' or '@'	1:21
with b.c b.c ${ a@ with	syntax error, unexpected '${', expecting ';'	1:14
a@ ${	syntax error, unexpected '${', expecting '{'	1:4
~/h ''x'' let ${	syntax error, unexpected '${', expecting '{'	1:15
{ a, a, ... ${ b.${a} or [ ]	syntax error, unexpected '${', expecting '}'	1:13
1 ${	syntax error, unexpected '${', expecting end of file	1:3
"s" ${ - a@ ''$ [ é	syntax error, unexpected '${', expecting end of file	1:5
&&	syntax error, unexpected '&&'	1:1
&& -> -> - { ...	syntax error, unexpected '&&'	1:1
let &&	syntax error, unexpected '&&', expecting 'in' or 'inherit'	1:5
let && inherit <=	syntax error, unexpected '&&', expecting 'in' or 'inherit'	1:5
{ &&	syntax error, unexpected '&&', expecting 'inherit'	1:3
{ && } { a, b }: // -	syntax error, unexpected '&&', expecting 'inherit'	1:3
{ q.r = <n> ++ x.y c <n> < [ ] x.y or z c; } 1 b.${a} or rec { && }	syntax error, unexpected '&&', expecting 'inherit' or '}'	1:64
a@ &&	syntax error, unexpected '&&', expecting '{'	1:4
rec && ''$	syntax error, unexpected '&&', expecting '{'	1:5
"s" . && é	syntax error, unexpected '&&', expecting identifier or 'or' or '${' or '"'	1:7
<n> ? && ~/h	syntax error, unexpected '&&', expecting identifier or 'or' or '${' or '"'	1:7
let (a)	syntax error, unexpected '(', expecting 'in' or 'inherit'	1:5
let ( x: -> ${ ( //	syntax error, unexpected '(', expecting 'in' or 'inherit'	1:5
{ } { (	syntax error, unexpected '(', expecting 'inherit'	1:7
{ ( ... else || if	syntax error, unexpected '(', expecting 'inherit'	1:3
a@ (	syntax error, unexpected '(', expecting '{'	1:4
rec ( + else @ { }	syntax error, unexpected '(', expecting '{'	1:5
{  } @ ( q: with "s" / -2.5 [ ]; ''i'' ''i'' + http://u 2.5	syntax error, unexpected '(', expecting identifier	1:8
"s" ? ( ] == rec	syntax error, unexpected '(', expecting identifier or 'or' or '${' or '"'	1:7
<n> . ( then ++ x: ) http://u	syntax error, unexpected '(', expecting identifier or 'or' or '${' or '"'	1:7
)	syntax error, unexpected ')'	1:1
) <n> * [ ''x''	syntax error, unexpected ')'	1:1
with ~/h ) // ''x'' ''' 1	syntax error, unexpected ')', expecting ';'	1:10
assert { a, b }: http://u ) a && }	syntax error, unexpected ')', expecting ';'	1:27
let )	syntax error, unexpected ')', expecting 'in' or 'inherit'	1:5
{ ) } ] , // +	syntax error, unexpected ')', expecting 'inherit'	1:3
rec { inherit ; q.r = "s" x.y * !-(a) x.y; ) p = <n>; }	syntax error, unexpected ')', expecting 'inherit' or '}'	1:44
rec )	syntax error, unexpected ')', expecting '{'	1:5
- let ) ; && then	syntax error, unexpected ')', expecting '{'	1:7
{ } "x${a."q" or x.y or 2.5 x.y)}y"	syntax error, unexpected ')', expecting '}'	1:32
"s" )	syntax error, unexpected ')', expecting end of file	1:5
./p ~/h ) a ''$ (	syntax error, unexpected ')', expecting end of file	1:9
b.c . ) <=	syntax error, unexpected ')', expecting identifier or 'or' or '${' or '"'	1:7
if "s" . ) ''$	syntax error, unexpected ')', expecting identifier or 'or' or '${' or '"'	1:10
*	syntax error, unexpected '*'	1:1
* - * ''$ - ; ||	syntax error, unexpected '*'	1:1
{ "s" * && { } ''x'' } inherit	syntax error, unexpected '*', expecting '.' or '='	1:7
let * > +	syntax error, unexpected '*', expecting 'in' or 'inherit'	1:5
let * b.${a} or ./p	syntax error, unexpected '*', expecting 'in' or 'inherit'	1:5
{ *	syntax error, unexpected '*', expecting 'inherit'	1:3
{ * == "s" ${ &&	syntax error, unexpected '*', expecting 'inherit'	1:3
[ ] // b."q" or (<n> a ? p) "s" rec { * inherit ; } ? "r"	syntax error, unexpected '*', expecting 'inherit' or '}'	1:39
a@ *	syntax error, unexpected '*', expecting '{'	1:4
b.c ++ [ let * ->	syntax error, unexpected '*', expecting '{'	1:14
{ } @ * <= && ?	syntax error, unexpected '*', expecting identifier	1:7
({ b, b, * ... } @ q: x.y < ![ ] b) "x${!<n>}y" 2.5 // a.or or b x.y or z	syntax error, unexpected '*', expecting identifier or '...' or '}'	1:10
"s" ? * " a@	syntax error, unexpected '*', expecting identifier or 'or' or '${' or '"'	1:7
+	syntax error, unexpected '+'	1:1
+ <= ${ <n> / .	syntax error, unexpected '+'	1:1
let "s" + a [ .	syntax error, unexpected '+', expecting '.' or '='	1:9
let + or	syntax error, unexpected '+', expecting 'in' or 'inherit'	1:5
let + // ''' or	syntax error, unexpected '+', expecting 'in' or 'inherit'	1:5
b.c { + $	syntax error, unexpected '+', expecting 'inherit'	1:7
{ + : && ? ) // ${	syntax error, unexpected '+', expecting 'inherit'	1:3
a@ +	syntax error, unexpected '+', expecting '{'	1:4
rec + ~/h 2.5	syntax error, unexpected '+', expecting '{'	1:5
-c && x.y or z ({ c ? 1, b ? <n>, a } @ + q: ./p)	syntax error, unexpected '+', expecting identifier	1:41
''x'' . +	syntax error, unexpected '+', expecting identifier or 'or' or '${' or '"'	1:9
++	syntax error, unexpected '++'	1:1
++ <= ; . || ( $	syntax error, unexpected '++'	1:1
let ++	syntax error, unexpected '++', expecting 'in' or 'inherit'	1:5
let ++ < <n> then ++ {	syntax error, unexpected '++', expecting 'in' or 'inherit'	1:5
{ ++	syntax error, unexpected '++', expecting 'inherit'	1:3
{ ++ < [ in a@ let ${	syntax error, unexpected '++', expecting 'inherit'	1:3
a.${a} or b.${a} or c + (rec { q.r = -b 2.5 || 2.5; ++ } c a.or or http://u)	syntax error, unexpected '++', expecting 'inherit' or '}'	1:53
a@ ++	syntax error, unexpected '++', expecting '{'	1:4
rec ++ <n> < <n> if	syntax error, unexpected '++', expecting '{'	1:5
{ ... ++ . ++	syntax error, unexpected '++', expecting '}'	1:7
x: { c, ++ c ? [ ] }: !c	syntax error, unexpected '++', expecting identifier or '...' or '}'	1:9
./p ./p ? ++ / ; <n>	syntax error, unexpected '++', expecting identifier or 'or' or '${' or '"'	1:11
,	syntax error, unexpected ','	1:1
, ? == ; "s" a@	syntax error, unexpected ','	1:1
( "s" , / ? && (	syntax error, unexpected ',', expecting ')'	1:7
(x: (a) * (a) ? "r" >= x.y , z <n> a)	syntax error, unexpected ',', expecting ')'	1:28
- { a, b }:	syntax error, unexpected ',', expecting '.' or '='	1:6
2.5 { a, b }: then ''x''	syntax error, unexpected ',', expecting '.' or '='	1:8
with - <n> b.c , -	syntax error, unexpected ',', expecting ';'	1:16
let ,	syntax error, unexpected ',', expecting 'in' or 'inherit'	1:5
( let , // ''x''	syntax error, unexpected ',', expecting 'in' or 'inherit'	1:7
{ , <=	syntax error, unexpected ',', expecting 'inherit'	1:3
{ , { * ~/h http://u && a	syntax error, unexpected ',', expecting 'inherit'	1:3
--rec { , } "x${x: !-2.5 == a ./p ? p}y" x.y	syntax error, unexpected ',', expecting 'inherit' or '}'	1:9
if "s" , ${ ) é a@ { }	syntax error, unexpected ',', expecting 'then'	1:8
a@ ,	syntax error, unexpected ',', expecting '{'	1:4
if ./p let , >	syntax error, unexpected ',', expecting '{'	1:12
1 (-"x${b , ] <n>}y") "s"	syntax error, unexpected ',', expecting '}'	1:11
{ ..., }: x: -c (a) + ''i'' x.y x.y or z ( "s" a (a)	syntax error, unexpected ',', expecting '}'	1:6
a ,	syntax error, unexpected ',', expecting end of file	1:3
<n> , '' ! a@ ...	syntax error, unexpected ',', expecting end of file	1:5
x: { a, b ? "s", , }: [ ] http://u - 1 c http://u	syntax error, unexpected ',', expecting identifier or '...' or '}'	1:18
{ b, a ? [ ], c, } @ q: { c, c, a ? 2.5, , ... } @ q: "s"	syntax error, unexpected ',', expecting identifier or '...' or '}'	1:42
http://u . , &&	syntax error, unexpected ',', expecting identifier or 'or' or '${' or '"'	1:12
[ - é	syntax error, unexpected '-'	1:3
<n> [ - <= - + > { a, b }:	syntax error, unexpected '-'	1:7
{ "s" - $ { a, b }: [ { }	syntax error, unexpected '-', expecting '.' or '='	1:7
{ "s" -b c c // x.y or z x.y a <= "s"; } [ b.${a} or <n> ]	syntax error, unexpected '-', expecting '.' or '='	1:7
let - <=	syntax error, unexpected '-', expecting 'in' or 'inherit'	1:5
let - with	syntax error, unexpected '-', expecting 'in' or 'inherit'	1:5
{ -	syntax error, unexpected '-', expecting 'inherit'	1:3
{ - 2.5 = ... ''x''	syntax error, unexpected '-', expecting 'inherit'	1:3
<n> ''i'' * let { - ((a)) p q; p = c; } ? "r"	syntax error, unexpected '-', expecting 'inherit' or '}'	1:19
a@ -	syntax error, unexpected '-', expecting '{'	1:4
''x'' rec - * &&	syntax error, unexpected '-', expecting '{'	1:11
!-"x${{ a } @ -!1 c}y" 1 > a (x.y x.y ? p.q - 1 "s")	syntax error, unexpected '-', expecting identifier	1:15
''' ! ++ ; != '' ? -	syntax error, unexpected '-', expecting identifier or 'or' or '${' or '"'	1:20
"s" . - <= : ''' || 2.5	syntax error, unexpected '-', expecting identifier or 'or' or '${' or '"'	1:7
->	syntax error, unexpected '->'	1:1
-> if ''x'' rec	syntax error, unexpected '->'	1:1
{ or -> b.c	syntax error, unexpected '->', expecting '.' or '='	1:6
let -> http://u ; ||	syntax error, unexpected '->', expecting 'in' or 'inherit'	1:5
{ -> *	syntax error, unexpected '->', expecting 'inherit'	1:3
{ -> , 2.5 ./p = || ?	syntax error, unexpected '->', expecting 'inherit'	1:3
with rec { ->	syntax error, unexpected '->', expecting 'inherit' or '}'	1:12
assert rec { -> = x:	syntax error, unexpected '->', expecting 'inherit' or '}'	1:14
rec ->	syntax error, unexpected '->', expecting '{'	1:5
a ++ rec -> ''x''	syntax error, unexpected '->', expecting '{'	1:10
{ b, b ? ''i'', -> b, ... }: with (a) x.y < !"s"; 2.5 [ ]	syntax error, unexpected '->', expecting identifier or '...' or '}'	1:17
<n> ? -> or ${	syntax error, unexpected '->', expecting identifier or 'or' or '${' or '"'	1:7
"s" . -> || assert <=	syntax error, unexpected '->', expecting identifier or 'or' or '${' or '"'	1:7
.	syntax error, unexpected '.'	1:1
. ''$ == ) <= if	syntax error, unexpected '.'	1:1
let .	syntax error, unexpected '.', expecting 'in' or 'inherit'	1:5
let . ... / +	syntax error, unexpected '.', expecting 'in' or 'inherit'	1:5
{ .	syntax error, unexpected '.', expecting 'inherit'	1:3
b.c { . http://u <=	syntax error, unexpected '.', expecting 'inherit'	1:7
( rec { . != ./p &&	syntax error, unexpected '.', expecting 'inherit' or '}'	1:9
a@ . ''$	syntax error, unexpected '.', expecting '{'	1:4
x: with a@ . ''x'' é	syntax error, unexpected '.', expecting '{'	1:12
a or . : / = }	syntax error, unexpected '.', expecting end of file	1:6
...	syntax error, unexpected '...'	1:1
... || ./p , && "	syntax error, unexpected '...'	1:1
( 1 ... >	syntax error, unexpected '...', expecting ')'	1:5
( { } ... ''	syntax error, unexpected '...', expecting ')'	1:7
let "s" ... $	syntax error, unexpected '...', expecting '.' or '='	1:9
{ or ... < assert @	syntax error, unexpected '...', expecting '.' or '='	1:6
a@ { } ... inherit < ${ in	syntax error, unexpected '...', expecting ':'	1:8
with 1 "s" ... { }	syntax error, unexpected '...', expecting ';'	1:12
assert http://u ... b.c ''$	syntax error, unexpected '...', expecting ';'	1:17
let ...	syntax error, unexpected '...', expecting 'in' or 'inherit'	1:5
let ... < or : "	syntax error, unexpected '...', expecting 'in' or 'inherit'	1:5
if a ./p { ... <= , *	syntax error, unexpected '...', expecting 'inherit'	1:12
"x${let { ... = [ ]; } && ./p ./p}y"	syntax error, unexpected '...', expecting 'inherit' or '}'	1:11
if 1 ...	syntax error, unexpected '...', expecting 'then'	1:6
if a ... != 1 //	syntax error, unexpected '...', expecting 'then'	1:6
a@ ... @	syntax error, unexpected '...', expecting '{'	1:4
rec ... a * ''$ ''	syntax error, unexpected '...', expecting '{'	1:5
" ''' @ ${ ./p ...	syntax error, unexpected '...', expecting '}'	1:16
{ c ? http://u, b ... ? b } @ q: x: http://u http://u ? p.q	syntax error, unexpected '...', expecting '}' or ','	1:19
1 ...	syntax error, unexpected '...', expecting end of file	1:3
"s" ... == rec -> @	syntax error, unexpected '...', expecting end of file	1:5
x: { b ? ''i'', b, b ? "s" } @ ... !''i'' b x.y <= (a) x.y <= ''i''	syntax error, unexpected '...', expecting identifier	1:32
1 ? ... inherit	syntax error, unexpected '...', expecting identifier or 'or' or '${' or '"'	1:5
"s" ''x'' { } ? ... ) let ~/h	syntax error, unexpected '...', expecting identifier or 'or' or '${' or '"'	1:17
/	syntax error, unexpected '/'	1:1
''x'' > / ) a ||	syntax error, unexpected '/'	1:9
x: let a /	syntax error, unexpected '/', expecting '.' or '='	1:10
let / != { }	syntax error, unexpected '/', expecting 'in' or 'inherit'	1:5
let / = || rec assert	syntax error, unexpected '/', expecting 'in' or 'inherit'	1:5
- { / let	syntax error, unexpected '/', expecting 'inherit'	1:5
{ / == ++ || ''$ ,	syntax error, unexpected '/', expecting 'inherit'	1:3
x: let { "s" = ![ ]; ${a} = x.y 1; inherit ; / } [  ]	syntax error, unexpected '/', expecting 'inherit' or '}'	1:46
a@ /	syntax error, unexpected '/', expecting '{'	1:4
rec / * } a " :	syntax error, unexpected '/', expecting '{'	1:5
a . /	syntax error, unexpected '/', expecting identifier or 'or' or '${' or '"'	1:5
./p . / ~/h else x: or >	syntax error, unexpected '/', expecting identifier or 'or' or '${' or '"'	1:7
//	syntax error, unexpected '//'	1:1
// { } in ? ...	syntax error, unexpected '//'	1:1
let // ] ''$ ++	syntax error, unexpected '//', expecting 'in' or 'inherit'	1:5
let // assert || ''$ @	syntax error, unexpected '//', expecting 'in' or 'inherit'	1:5
{ // +	syntax error, unexpected '//', expecting 'inherit'	1:3
{ // ''$ ~/h or (	syntax error, unexpected '//', expecting 'inherit'	1:3
a@ //	syntax error, unexpected '//', expecting '{'	1:4
rec // ''x''	syntax error, unexpected '//', expecting '{'	1:5
./p ? //	syntax error, unexpected '//', expecting identifier or 'or' or '${' or '"'	1:7
''x'' . // ./p	syntax error, unexpected '//', expecting identifier or 'or' or '${' or '"'	1:9
:	syntax error, unexpected ':'	1:1
: with { or ./p	syntax error, unexpected ':'	1:1
( "s" : "s" .	syntax error, unexpected ':', expecting ')'	1:7
(<n> (2.5 : http://u))	syntax error, unexpected ':', expecting ')'	1:11
let x: ;	syntax error, unexpected ':', expecting '.' or '='	1:6
{ x: x: "s" ] } .	syntax error, unexpected ':', expecting '.' or '='	1:4
assert "s" x:	syntax error, unexpected ':', expecting ';'	1:13
assert <n> x: ] <= } ==	syntax error, unexpected ':', expecting ';'	1:13
let :	syntax error, unexpected ':', expecting 'in' or 'inherit'	1:5
let : 2.5 let	syntax error, unexpected ':', expecting 'in' or 'inherit'	1:5
{ :	syntax error, unexpected ':', expecting 'inherit'	1:3
{ : / <= 1 ->	syntax error, unexpected ':', expecting 'inherit'	1:3
b.${a} or <n> a.or or [ ] rec { : == a.${a} or [ ] x.y or z <n>	syntax error, unexpected ':', expecting 'inherit' or '}'	1:33
if "s" x: {	syntax error, unexpected ':', expecting 'then'	1:9
if a x: ) else ( x:	syntax error, unexpected ':', expecting 'then'	1:7
rec : or	syntax error, unexpected ':', expecting '{'	1:5
rec : ''$ if { }	syntax error, unexpected ':', expecting '{'	1:5
''$ a@ ${ ./p ''x'' x: (	syntax error, unexpected ':', expecting '}'	1:22
{ } -> "x${{ c } @ q: (a) x.y or z x: http://u}y"	syntax error, unexpected ':', expecting '}'	1:37
{ c, a ? "s", c ? 1 {  }: -<n> b b	syntax error, unexpected ':', expecting '}' or ','	1:25
"s" :	syntax error, unexpected ':', expecting end of file	1:5
x: b.c : : 1 ? !	syntax error, unexpected ':', expecting end of file	1:8
a . : ?	syntax error, unexpected ':', expecting identifier or 'or' or '${' or '"'	1:5
;	syntax error, unexpected ';'	1:1
; // * a@ ... ?	syntax error, unexpected ';'	1:1
( a ; , rec	syntax error, unexpected ';', expecting ')'	1:5
{ "s" ; '' ${ ~/h { }	syntax error, unexpected ';', expecting '.' or '='	1:7
let { x; "s" = <n> ? p.q * b <n> >= 1 c; p = x.y c x.y + "s" a; } (a) (a)	syntax error, unexpected ';', expecting '.' or '='	1:8
let ; ++	syntax error, unexpected ';', expecting 'in' or 'inherit'	1:5
let ; or ] <n>	syntax error, unexpected ';', expecting 'in' or 'inherit'	1:5
{ ; !	syntax error, unexpected ';', expecting 'inherit'	1:3
{ ; [ * ''x'' ''x''	syntax error, unexpected ';', expecting 'inherit'	1:3
with rec { ;	syntax error, unexpected ';', expecting 'inherit' or '}'	1:12
rec { ; } 2.5	syntax error, unexpected ';', expecting 'inherit' or '}'	1:7
a@ ; ,	syntax error, unexpected ';', expecting '{'	1:4
rec ; ( $ , @ ./p	syntax error, unexpected ';', expecting '{'	1:5
b.or or "x${"s" http://u a * [ ] b > b ./p ; p}y" b.${a} or "s" x.y	syntax error, unexpected ';', expecting '}'	1:44
{ b ? b, b, a ; }: assert -!1 a < 1 >= http://u; a "s" http://u ? "r" + 1 1 1	syntax error, unexpected ';', expecting '}' or ','	1:15
"s" ;	syntax error, unexpected ';', expecting end of file	1:5
a or ; = = && - rec	syntax error, unexpected ';', expecting end of file	1:6
<	syntax error, unexpected '<'	1:1
< in $ x: ++ <	syntax error, unexpected '<'	1:1
{ or < @ >= ~/h " assert	syntax error, unexpected '<', expecting '.' or '='	1:6
a@ { } < // <= else ''x''	syntax error, unexpected '<', expecting ':'	1:8
let <	syntax error, unexpected '<', expecting 'in' or 'inherit'	1:5
let < a inherit then	syntax error, unexpected '<', expecting 'in' or 'inherit'	1:5
{ <	syntax error, unexpected '<', expecting 'inherit'	1:3
{ < && = or ] b.c <=	syntax error, unexpected '<', expecting 'inherit'	1:3
a@ <	syntax error, unexpected '<', expecting '{'	1:4
with ( a@ < < &&	syntax error, unexpected '<', expecting '{'	1:11
./p . <	syntax error, unexpected '<', expecting identifier or 'or' or '${' or '"'	1:7
a == b.p or "x${1}y" ? < p	syntax error, unexpected '<', expecting identifier or 'or' or '${' or '"'	1:24
<=	syntax error, unexpected '<='	1:1
<= { } > rec . ?	syntax error, unexpected '<='	1:1
{ or <= (a) ? "r"; }	syntax error, unexpected '<=', expecting '.' or '='	1:6
[ let { ${a} <= = a ? p; } ]	syntax error, unexpected '<=', expecting '.' or '='	1:14
let <= >= : 1	syntax error, unexpected '<=', expecting 'in' or 'inherit'	1:5
let <= [ ~/h let	syntax error, unexpected '<=', expecting 'in' or 'inherit'	1:5
{ <= =	syntax error, unexpected '<=', expecting 'inherit'	1:3
{ <= >= || -	syntax error, unexpected '<=', expecting 'inherit'	1:3
rec <= > &&	syntax error, unexpected '<=', expecting '{'	1:5
a@ <= -> assert ->	syntax error, unexpected '<=', expecting '{'	1:4
2.5 ? <= <n> +	syntax error, unexpected '<=', expecting identifier or 'or' or '${' or '"'	1:7
let or <n>	syntax error, unexpected '<…>' path, expecting '.' or '='	1:8
let <n> { a, b }: //	syntax error, unexpected '<…>' path, expecting 'in' or 'inherit'	1:5
let <n> == http://u ++ >=	syntax error, unexpected '<…>' path, expecting 'in' or 'inherit'	1:5
{ <n> //	syntax error, unexpected '<…>' path, expecting 'inherit'	1:3
{ <n> ! ''x'' [	syntax error, unexpected '<…>' path, expecting 'inherit'	1:3
<n> ? p != let { <n> p = a [ ] http://u; } * [  ]	syntax error, unexpected '<…>' path, expecting 'inherit' or '}'	1:18
a@ <n> ? != }	syntax error, unexpected '<…>' path, expecting '{'	1:4
rec <n> b.c || b.c . ;	syntax error, unexpected '<…>' path, expecting '{'	1:5
c ./p "x${{ ... } @ q: "s" http://u ''i'' ? p.q <n> ''i'' x.y or z + <n> c}y"	syntax error, unexpected '<…>' path, expecting '}'	1:49
a http://u http://u b.c ? "s" <n>	syntax error, unexpected '<…>' path, expecting end of file	1:31
''$ if '' ? <n>	syntax error, unexpected '<…>' path, expecting identifier or 'or' or '${' or '"'	1:13
x: { } 2.5 != -"s" ? <n>	syntax error, unexpected '<…>' path, expecting identifier or 'or' or '${' or '"'	1:22
=	syntax error, unexpected '='	1:1
= $ ; ... // ''	syntax error, unexpected '='	1:1
2.5 ( "s" =	syntax error, unexpected '=', expecting ')'	1:11
(x.y b.or or a a.or or 1 = * [ ] < (!!<n> > (a) c c * (a)))	syntax error, unexpected '=', expecting ')'	1:26
assert http://u = <=	syntax error, unexpected '=', expecting ';'	1:17
let { "s" = 2.5 ? p.q >= (a) = ''i'' a; inherit y "z"; }	syntax error, unexpected '=', expecting ';'	1:30
let = = ./p else	syntax error, unexpected '=', expecting 'in' or 'inherit'	1:5
let inherit ; = c x.y "s"; in x: ./p	syntax error, unexpected '=', expecting 'in' or 'inherit'	1:15
{ = "	syntax error, unexpected '=', expecting 'inherit'	1:3
{ = else != , + ||	syntax error, unexpected '=', expecting 'inherit'	1:3
rec { = ''	syntax error, unexpected '=', expecting 'inherit' or '}'	1:7
let in !b b.p or http://u // 1 1 rec { = ./p; } != b c	syntax error, unexpected '=', expecting 'inherit' or '}'	1:40
a@ = ]	syntax error, unexpected '=', expecting '{'	1:4
''x'' rec =	syntax error, unexpected '=', expecting '{'	1:11
'' ) 1 ${ ./p = !	syntax error, unexpected '=', expecting '}'	1:15
1 =	syntax error, unexpected '=', expecting end of file	1:3
{ } = ''$ || ) 1	syntax error, unexpected '=', expecting end of file	1:5
{  } @ = "x${2.5 <= (a)}y" { ${a} = 2.5; inherit ; q.r = ./p 1 x.y or z; } ? p.q	syntax error, unexpected '=', expecting identifier	1:8
2.5 <n> . = ... $ ->	syntax error, unexpected '=', expecting identifier or 'or' or '${' or '"'	1:11
b.c . = = ${ ++ or "	syntax error, unexpected '=', expecting identifier or 'or' or '${' or '"'	1:7
==	syntax error, unexpected '=='	1:1
== @ != ''x'' (	syntax error, unexpected '=='	1:1
let "x${!a ? "r" ++ ./p <n> == 2.5 (a) [ ]}y" == ./p > a	syntax error, unexpected '==', expecting '.' or '='	1:47
let ==	syntax error, unexpected '==', expecting 'in' or 'inherit'	1:5
{ == b.c { } ) 2.5	syntax error, unexpected '==', expecting 'inherit'	1:3
''x'' { == { a, b }: $ <n>	syntax error, unexpected '==', expecting 'inherit'	1:9
rec { == { ; rec } a@	syntax error, unexpected '==', expecting 'inherit' or '}'	1:7
a@ ==	syntax error, unexpected '==', expecting '{'	1:4
if a@ == @ inherit	syntax error, unexpected '==', expecting '{'	1:7
{ } . == ... >	syntax error, unexpected '==', expecting identifier or 'or' or '${' or '"'	1:7
2.5 "x${x: --<n> ? == x.y x.y or z - [ ]}y" ? p	syntax error, unexpected '==', expecting identifier or 'or' or '${' or '"'	1:20
>	syntax error, unexpected '>'	1:1
> = inherit - ==	syntax error, unexpected '>'	1:1
1 -> { "s" >	syntax error, unexpected '>', expecting '.' or '='	1:12
{ "s" > ( >=	syntax error, unexpected '>', expecting '.' or '='	1:7
let >	syntax error, unexpected '>', expecting 'in' or 'inherit'	1:5
let > = ? else [	syntax error, unexpected '>', expecting 'in' or 'inherit'	1:5
{ >	syntax error, unexpected '>', expecting 'inherit'	1:3
{ > then ; { } : ++	syntax error, unexpected '>', expecting 'inherit'	1:3
rec > or	syntax error, unexpected '>', expecting '{'	1:5
rec > a@ rec then	syntax error, unexpected '>', expecting '{'	1:5
{ b, b, c, > ... } @ q: let in x.y or z ./p [ ]	syntax error, unexpected '>', expecting identifier or '...' or '}'	1:12
b.c ? >	syntax error, unexpected '>', expecting identifier or 'or' or '${' or '"'	1:7
>=	syntax error, unexpected '>='	1:1
- >= [ a / } } /	syntax error, unexpected '>='	1:3
{ or >=	syntax error, unexpected '>=', expecting '.' or '='	1:6
let "s" >= >	syntax error, unexpected '>=', expecting '.' or '='	1:9
let >= assert	syntax error, unexpected '>=', expecting 'in' or 'inherit'	1:5
let >= ] / a@ " in =	syntax error, unexpected '>=', expecting 'in' or 'inherit'	1:5
{ >= ++	syntax error, unexpected '>=', expecting 'inherit'	1:3
- { >= } ; @ ...	syntax error, unexpected '>=', expecting 'inherit'	1:5
<n> let { "s" = "s"; p = ./p x.y || a 2.5 != "s" c b; >= c	syntax error, unexpected '>=', expecting 'inherit' or '}'	1:55
a@ >=	syntax error, unexpected '>=', expecting '{'	1:4
''x'' rec >= <=	syntax error, unexpected '>=', expecting '{'	1:11
~/h . >= - -> , ] =	syntax error, unexpected '>=', expecting identifier or 'or' or '${' or '"'	1:7
x: assert !<n> x.y or z; b a ? >= "r"	syntax error, unexpected '>=', expecting identifier or 'or' or '${' or '"'	1:32
?	syntax error, unexpected '?'	1:1
''x'' + ? { } in	syntax error, unexpected '?'	1:9
-{ ${a} = (a) x.y or z -> x.y && -x.y b ''i''; q.r ? = a ./p <n> + ''i'' 1 1; }	syntax error, unexpected '?', expecting '.' or '='	1:52
let ? "r"	syntax error, unexpected '?', expecting 'in' or 'inherit'	1:5
let ? inherit : / =	syntax error, unexpected '?', expecting 'in' or 'inherit'	1:5
( { ?	syntax error, unexpected '?', expecting 'inherit'	1:5
{ ? < {	syntax error, unexpected '?', expecting 'inherit'	1:3
rec { ? p.q	syntax error, unexpected '?', expecting 'inherit' or '}'	1:7
a@ ? ''	syntax error, unexpected '?', expecting '{'	1:4
a@ ? = rec else ? (	syntax error, unexpected '?', expecting '{'	1:4
{ a, ? c ? 1, c, ... }: (a x.y) [ 1 ] == (http://u)	syntax error, unexpected '?', expecting identifier or '...' or '}'	1:6
2.5 . ?	syntax error, unexpected '?', expecting identifier or 'or' or '${' or '"'	1:7
@	syntax error, unexpected '@'	1:1
@ $ ''' != in 1	syntax error, unexpected '@'	1:1
( ~/h a@	syntax error, unexpected '@', expecting ')'	1:8
{ a@	syntax error, unexpected '@', expecting '.' or '='	1:4
let a@ inherit or } )	syntax error, unexpected '@', expecting '.' or '='	1:6
({ c } @ a@ q: c)	syntax error, unexpected '@', expecting ':'	1:11
with 2.5 @ =	syntax error, unexpected '@', expecting ';'	1:10
assert x: http://u "s" @	syntax error, unexpected '@', expecting ';'	1:24
let @ assert	syntax error, unexpected '@', expecting 'in' or 'inherit'	1:5
let @ let let !=	syntax error, unexpected '@', expecting 'in' or 'inherit'	1:5
{ @	syntax error, unexpected '@', expecting 'inherit'	1:3
{ @ ''x'' , a > ( x:	syntax error, unexpected '@', expecting 'inherit'	1:3
if 1 a@ ;	syntax error, unexpected '@', expecting 'then'	1:7
if ! ./p a@ http://u a@	syntax error, unexpected '@', expecting 'then'	1:11
a@ @	syntax error, unexpected '@', expecting '{'	1:4
b.c || { } rec @	syntax error, unexpected '@', expecting '{'	1:16
let ${ <n> a@	syntax error, unexpected '@', expecting '}'	1:13
"s" a.p or "x${-(a) @ // ./p}y"	syntax error, unexpected '@', expecting '}'	1:21
1 @	syntax error, unexpected '@', expecting end of file	1:3
''x'' @ <= ''x'' !=	syntax error, unexpected '@', expecting end of file	1:7
{  } @ @ q: with -./p "s" "s" ? "r" -> ''i''; "s" <= b x.y or z	syntax error, unexpected '@', expecting identifier	1:8
http://u . @ { a, b }:	syntax error, unexpected '@', expecting identifier or 'or' or '${' or '"'	1:12
( <n> <n> ''x'' ? @ 2.5	syntax error, unexpected '@', expecting identifier or 'or' or '${' or '"'	1:19
with b.p or { "s" [  ] a.${a} or 2.5	syntax error, unexpected '[', expecting '.' or '='	1:19
a @ { } [ "s" or	syntax error, unexpected '[', expecting ':'	1:9
let [ :	syntax error, unexpected '[', expecting 'in' or 'inherit'	1:5
let [ [ ] ]	syntax error, unexpected '[', expecting 'in' or 'inherit'	1:5
{ [ 1 ,	syntax error, unexpected '[', expecting 'inherit'	1:3
./p { [ inherit "	syntax error, unexpected '[', expecting 'inherit'	1:7
let { [ } (b.or or ./p ((a) < [ ]) >= { })	syntax error, unexpected '[', expecting 'inherit' or '}'	1:7
a@ [ *	syntax error, unexpected '[', expecting '{'	1:4
a@ [ if b.c let b.c	syntax error, unexpected '[', expecting '{'	1:4
{ a ? 2.5, ... [ }: x: "s" ./p || ''i'' c // 1 c 2.5	syntax error, unexpected '[', expecting '}'	1:16
{ c ? 2.5, [ b ? 1, b } @ q: x: !c <n> ''i'' < 2.5 c "s" <= ./p 2.5 c <= c	syntax error, unexpected '[', expecting identifier or '...' or '}'	1:12
./p ? [	syntax error, unexpected '[', expecting identifier or 'or' or '${' or '"'	1:7
<n> . [ ; with (	syntax error, unexpected '[', expecting identifier or 'or' or '${' or '"'	1:7
]	syntax error, unexpected ']'	1:1
] + ... && -> .	syntax error, unexpected ']'	1:1
a ( 2.5 ] $ @	syntax error, unexpected ']', expecting ')'	1:9
[ c (x.y ''i'' ++ ''i'' <n> a == 2.5 - http://u ]) ]	syntax error, unexpected ']', expecting ')'	1:49
!c // { or = !./p b; or ] = a x.y or z 2.5 * 1 (a) >= !2.5 c < a [ ] x.y or z; }	syntax error, unexpected ']', expecting '.' or '='	1:25
with <n> ]	syntax error, unexpected ']', expecting ';'	1:10
{ "s" = b ] < 2.5 x.y or z [ ]; } a.or or { inherit ; } ? p	syntax error, unexpected ']', expecting ';'	1:11
let ] a a ''' - > {	syntax error, unexpected ']', expecting 'in' or 'inherit'	1:5
let ] > } b.c in ~/h	syntax error, unexpected ']', expecting 'in' or 'inherit'	1:5
{ ] $ = ! *	syntax error, unexpected ']', expecting 'inherit'	1:3
{ ] <= rec && / <n>	syntax error, unexpected ']', expecting 'inherit'	1:3
-rec { p = x.y or z + (a) c > 2.5 "s"; ] && a.or or a.p or (a)	syntax error, unexpected ']', expecting 'inherit' or '}'	1:40
if ''x'' ] ''' ; ! { =	syntax error, unexpected ']', expecting 'then'	1:10
a@ ]	syntax error, unexpected ']', expecting '{'	1:4
rec ] rec http://u	syntax error, unexpected ']', expecting '{'	1:5
x: -"x${(a) ] ++ !''i'' -> 1 http://u == (a)}y" a.or or <n>	syntax error, unexpected ']', expecting '}'	1:13
1 ]	syntax error, unexpected ']', expecting end of file	1:3
''x'' <n> ] { let	syntax error, unexpected ']', expecting end of file	1:11
b.c . ] 1	syntax error, unexpected ']', expecting identifier or 'or' or '${' or '"'	1:7
./p ? ] ; >= // @ ++	syntax error, unexpected ']', expecting identifier or 'or' or '${' or '"'	1:7
! assert	syntax error, unexpected 'assert'	1:3
./p >= assert >= || '''	syntax error, unexpected 'assert'	1:8
( a http://u assert	syntax error, unexpected 'assert', expecting ')'	1:14
( <n> assert ''x'' (	syntax error, unexpected 'assert', expecting ')'	1:7
[ [ { "s" assert	syntax error, unexpected 'assert', expecting '.' or '='	1:11
with ./p assert @ && ) >	syntax error, unexpected 'assert', expecting ';'	1:10
with a assert ''$ x: && {	syntax error, unexpected 'assert', expecting ';'	1:8
let assert	syntax error, unexpected 'assert', expecting 'in' or 'inherit'	1:5
let assert >= )	syntax error, unexpected 'assert', expecting 'in' or 'inherit'	1:5
{ assert	syntax error, unexpected 'assert', expecting 'inherit'	1:3
{ assert inherit // or $	syntax error, unexpected 'assert', expecting 'inherit'	1:3
rec assert	syntax error, unexpected 'assert', expecting '{'	1:5
rec assert '' < x: * }	syntax error, unexpected 'assert', expecting '{'	1:5
a assert	syntax error, unexpected 'assert', expecting end of file	1:3
2.5 2.5 assert ) ... (	syntax error, unexpected 'assert', expecting end of file	1:9
2.5 ? assert != . 2.5 then <	syntax error, unexpected 'assert', expecting identifier or 'or' or '${' or '"'	1:7
else	syntax error, unexpected 'else'	1:1
else ''' * != + ...	syntax error, unexpected 'else'	1:1
( ''x'' else {	syntax error, unexpected 'else', expecting ')'	1:9
b.c ( ./p else	syntax error, unexpected 'else', expecting ')'	1:11
![ (a) let { or else = b [ ]; ${a} = x.y <n> ./p; } ]	syntax error, unexpected 'else', expecting '.' or '='	1:17
a@ { } else )	syntax error, unexpected 'else', expecting ':'	1:8
( assert <n> else ++ inherit	syntax error, unexpected 'else', expecting ';'	1:14
let else ''	syntax error, unexpected 'else', expecting 'in' or 'inherit'	1:5
let else in ''x'' é ] é	syntax error, unexpected 'else', expecting 'in' or 'inherit'	1:5
{ else ;	syntax error, unexpected 'else', expecting 'inherit'	1:3
"s" { else ${ //	syntax error, unexpected 'else', expecting 'inherit'	1:7
[ let { else } ] * "x${![ x.y ''i'' ]}y"	syntax error, unexpected 'else', expecting 'inherit' or '}'	1:9
if http://u else ++ if	syntax error, unexpected 'else', expecting 'then'	1:13
a@ else	syntax error, unexpected 'else', expecting '{'	1:4
[ rec else else a	syntax error, unexpected 'else', expecting '{'	1:7
1 else	syntax error, unexpected 'else', expecting end of file	1:3
"s" else ./p / '' <	syntax error, unexpected 'else', expecting end of file	1:5
1 <n> 1 ? else	syntax error, unexpected 'else', expecting identifier or 'or' or '${' or '"'	1:11
b.${a} or [ ] ? else	syntax error, unexpected 'else', expecting identifier or 'or' or '${' or '"'	1:17
! if	syntax error, unexpected 'if'	1:3
"s" == if . else ''	syntax error, unexpected 'if'	1:8
assert ( "s" if ~/h : b.c let	syntax error, unexpected 'if', expecting ')'	1:14
let or if 1 / $	syntax error, unexpected 'if', expecting '.' or '='	1:8
with ./p if ''x''	syntax error, unexpected 'if', expecting ';'	1:10
let if	syntax error, unexpected 'if', expecting 'in' or 'inherit'	1:5
assert let if // :	syntax error, unexpected 'if', expecting 'in' or 'inherit'	1:12
{ if	syntax error, unexpected 'if', expecting 'inherit'	1:3
{ } a >= { if in -	syntax error, unexpected 'if', expecting 'inherit'	1:12
if ~/h if ...	syntax error, unexpected 'if', expecting 'then'	1:8
if { } if else . else &&	syntax error, unexpected 'if', expecting 'then'	1:8
a@ if @	syntax error, unexpected 'if', expecting '{'	1:4
http://u 2.5 rec if	syntax error, unexpected 'if', expecting '{'	1:18
"s" if	syntax error, unexpected 'if', expecting end of file	1:5
2.5 <= { } if é !	syntax error, unexpected 'if', expecting end of file	1:12
assert (a); [ ] ? if p ? p > a.p or (a)	syntax error, unexpected 'if', expecting identifier or 'or' or '${' or '"'	1:19
in	syntax error, unexpected 'in'	1:1
{ a, b }: if in	syntax error, unexpected 'in'	1:14
( " " in a	syntax error, unexpected 'in', expecting ')'	1:7
1 ( ''x'' in	syntax error, unexpected 'in', expecting ')'	1:11
let or = --<n> 2.5 x.y * x.y or z ''i'' ? p.q // [ ] [ ] b; a in a.p or [ ]	syntax error, unexpected 'in', expecting '.' or '='	1:63
{ c, a, c, } in q: !a.p or "s" [  ] ? p.q || "s"	syntax error, unexpected 'in', expecting ':' or '@'	1:14
assert ~/h in	syntax error, unexpected 'in', expecting ';'	1:12
let p = (a) ./p (a); p = x.y in 1 <n> { }	syntax error, unexpected 'in', expecting ';'	1:30
{ in	syntax error, unexpected 'in', expecting 'inherit'	1:3
{ in $ ) let ,	syntax error, unexpected 'in', expecting 'inherit'	1:3
"s" >= !let { in or = !x.y or z c -> b || b - (a) c; } == [  ] 2.5 ? p	syntax error, unexpected 'in', expecting 'inherit' or '}'	1:15
if 1 a in then x: <=	syntax error, unexpected 'in', expecting 'then'	1:8
a@ in	syntax error, unexpected 'in', expecting '{'	1:4
if x: a@ in x: &&	syntax error, unexpected 'in', expecting '{'	1:10
-!c "x${c a.${a} in "s" - b.or or 2.5}y"	syntax error, unexpected 'in', expecting '}'	1:18
a in	syntax error, unexpected 'in', expecting end of file	1:3
''x'' in then { ?	syntax error, unexpected 'in', expecting end of file	1:7
~/h ? in ( "s" @	syntax error, unexpected 'in', expecting identifier or 'or' or '${' or '"'	1:7
http://u ./p . in 1 ./p ${	syntax error, unexpected 'in', expecting identifier or 'or' or '${' or '"'	1:16
inherit	syntax error, unexpected 'inherit'	1:1
inherit < ] { a, b }:	syntax error, unexpected 'inherit'	1:1
assert ( 1 inherit	syntax error, unexpected 'inherit', expecting ')'	1:12
{ a, b }: ( ''x'' inherit	syntax error, unexpected 'inherit', expecting ')'	1:19
assert { } inherit	syntax error, unexpected 'inherit', expecting ';'	1:12
-rec { ${a} = -x.y; p = -2.5 "s" inherit ; }	syntax error, unexpected 'inherit', expecting ';'	1:34
! rec inherit )	syntax error, unexpected 'inherit', expecting '{'	1:7
rec inherit '' } else 2.5	syntax error, unexpected 'inherit', expecting '{'	1:5
"x${a a.or or 2.5 b.${a} inherit [ ] ? p <= x.y "x${2.5}y" "x${<n>}y" + c}y"	syntax error, unexpected 'inherit', expecting '}'	1:26
{ b, b, c inherit }: a.${a} or c == -c	syntax error, unexpected 'inherit', expecting '}' or ','	1:11
./p inherit	syntax error, unexpected 'inherit', expecting end of file	1:5
./p inherit " if a@ a@	syntax error, unexpected 'inherit', expecting end of file	1:5
let "s" let <= then	syntax error, unexpected 'let', expecting '.' or '='	1:9
let let	syntax error, unexpected 'let', expecting 'in' or 'inherit'	1:5
let let { a, b }: <=	syntax error, unexpected 'let', expecting 'in' or 'inherit'	1:5
{ let ++ <	syntax error, unexpected 'let', expecting 'inherit'	1:3
( x: x: if { let ./p x:	syntax error, unexpected 'let', expecting 'inherit'	1:14
(!rec { let } b."q" or a)	syntax error, unexpected 'let', expecting 'inherit' or '}'	1:9
a@ let with "s" then @ ]	syntax error, unexpected 'let', expecting '{'	1:4
a@ let + ''' ~/h == é ''$	syntax error, unexpected 'let', expecting '{'	1:4
a ? let <n> "s" / ?	syntax error, unexpected 'let', expecting identifier or 'or' or '${' or '"'	1:5
a ? let || assert * { }	syntax error, unexpected 'let', expecting identifier or 'or' or '${' or '"'	1:5
or	syntax error, unexpected 'or'	1:1
or x: < '' " -> é	syntax error, unexpected 'or'	1:1
x: { a.${a} or "s"	syntax error, unexpected 'or', expecting '.' or '='	1:13
x: let inherit "z"; x.y or z 1	syntax error, unexpected 'or', expecting '.' or '='	1:25
a@ or	syntax error, unexpected 'or', expecting '{'	1:4
( a@ or == ] || "	syntax error, unexpected 'or', expecting '{'	1:6
"x${{ b, b ? http://u, c ? x.y or z } @ // --b c ''i''}y"	syntax error, unexpected 'or', expecting '}' or ','	1:32
x.y or z b."q" or b.or or a ? a.${a} or "s" ? "r"	syntax error, unexpected 'or', expecting end of file	1:38
{ inherit rec }	syntax error, unexpected 'rec'	1:11
let a rec	syntax error, unexpected 'rec', expecting '.' or '='	1:7
let rec é	syntax error, unexpected 'rec', expecting 'in' or 'inherit'	1:5
let rec ? <= -> } ?	syntax error, unexpected 'rec', expecting 'in' or 'inherit'	1:5
{ rec a	syntax error, unexpected 'rec', expecting 'inherit'	1:3
{ rec ''$ >=	syntax error, unexpected 'rec', expecting 'inherit'	1:3
a@ rec	syntax error, unexpected 'rec', expecting '{'	1:4
a@ rec let { } ->	syntax error, unexpected 'rec', expecting '{'	1:4
a ? rec	syntax error, unexpected 'rec', expecting identifier or 'or' or '${' or '"'	1:5
1 ~/h a ? rec	syntax error, unexpected 'rec', expecting identifier or 'or' or '${' or '"'	1:11
then	syntax error, unexpected 'then'	1:1
then ''' ''x'' { @	syntax error, unexpected 'then'	1:1
( a then	syntax error, unexpected 'then', expecting ')'	1:5
{ or then != || &&	syntax error, unexpected 'then', expecting '.' or '='	1:6
assert assert [ ]; 1 then x.y or z 1; b.p or c b.or or 2.5 [  ]	syntax error, unexpected 'then', expecting ';'	1:22
let then <= assert	syntax error, unexpected 'then', expecting 'in' or 'inherit'	1:5
let then -> else ''' + :	syntax error, unexpected 'then', expecting 'in' or 'inherit'	1:5
{ then / }	syntax error, unexpected 'then', expecting 'inherit'	1:3
{ then // @ a@	syntax error, unexpected 'then', expecting 'inherit'	1:3
if rec { then	syntax error, unexpected 'then', expecting 'inherit' or '}'	1:10
a@ then	syntax error, unexpected 'then', expecting '{'	1:4
<n> - ./p rec then	syntax error, unexpected 'then', expecting '{'	1:15
1 then	syntax error, unexpected 'then', expecting end of file	1:3
- { } then else * !=	syntax error, unexpected 'then', expecting end of file	1:7
1 ? then .	syntax error, unexpected 'then', expecting identifier or 'or' or '${' or '"'	1:5
- with	syntax error, unexpected 'with'	1:3
http://u ./p -> with !	syntax error, unexpected 'with'	1:17
( "s" { } with =	syntax error, unexpected 'with', expecting ')'	1:11
rec { or = <n> <= "s" x.y or z 2.5; q.r with = -1 // ./p ''i'' x.y or z * "s"; }	syntax error, unexpected 'with', expecting '.' or '='	1:41
with 1 with "	syntax error, unexpected 'with', expecting ';'	1:8
with a != "s" ~/h with a	syntax error, unexpected 'with', expecting ';'	1:19
if let with ./p	syntax error, unexpected 'with', expecting 'in' or 'inherit'	1:8
let with ; '' inherit if { a, b }:	syntax error, unexpected 'with', expecting 'in' or 'inherit'	1:5
{ with < ] in	syntax error, unexpected 'with', expecting 'inherit'	1:3
{ with / = ! let	syntax error, unexpected 'with', expecting 'inherit'	1:3
let { with	syntax error, unexpected 'with', expecting 'inherit' or '}'	1:7
x: !-a.p or ./p rec { with }	syntax error, unexpected 'with', expecting 'inherit' or '}'	1:23
if 2.5 a with > else . else	syntax error, unexpected 'with', expecting 'then'	1:10
rec with é ==	syntax error, unexpected 'with', expecting '{'	1:5
"s" >= rec with >=	syntax error, unexpected 'with', expecting '{'	1:12
2.5 with	syntax error, unexpected 'with', expecting end of file	1:5
2.5 with x: : ~/h [	syntax error, unexpected 'with', expecting end of file	1:5
{ a } @ with -x.y ''i'' != http://u; b < !-a <n>	syntax error, unexpected 'with', expecting identifier	1:9
"s" . with ) = [ ''x'' :	syntax error, unexpected 'with', expecting identifier or 'or' or '${' or '"'	1:7
'' = '' { inherit { // "	syntax error, unexpected '{'	1:19
{ b.c { é	syntax error, unexpected '{', expecting '.' or '='	1:7
{ "s" { 1 / > ''x''	syntax error, unexpected '{', expecting '.' or '='	1:7
{ { {	syntax error, unexpected '{', expecting 'inherit'	1:3
{ { a, b }: ( { }	syntax error, unexpected '{', expecting 'inherit'	1:3
x: a.or or ./p let { { } }	syntax error, unexpected '{', expecting 'inherit' or '}'	1:22
rec { { a, b }: $ * // b.c //	syntax error, unexpected '{', expecting 'inherit' or '}'	1:7
{ c ? a, c { ? [ ], c, ..., } @ q: "x${./p 2.5 * ./p}y" { } -> { }	syntax error, unexpected '{', expecting '}' or ','	1:12
{  } @ { a, b }: { ... } @ q: 2.5 (a) ? "r" > x.y	syntax error, unexpected '{', expecting identifier	1:8
a ? { ; //	syntax error, unexpected '{', expecting identifier or 'or' or '${' or '"'	1:5
2.5 . { / ''x'' = = x:	syntax error, unexpected '{', expecting identifier or 'or' or '${' or '"'	1:7
||	syntax error, unexpected '||'	1:1
|| , / { } . >=	syntax error, unexpected '||'	1:1
{ b || ? c } @ q: with x.y 1 (a) / (a) 1 (a) ++ 1 x.y; (a) x.y or z (a)	syntax error, unexpected '||', expecting '.' or '='	1:5
let ||	syntax error, unexpected '||', expecting 'in' or 'inherit'	1:5
let || } http://u // a	syntax error, unexpected '||', expecting 'in' or 'inherit'	1:5
{ ||	syntax error, unexpected '||', expecting 'inherit'	1:3
{ || ... @ b.c = '''	syntax error, unexpected '||', expecting 'inherit'	1:3
[  ] || b."q" or let { || inherit y; } (c)	syntax error, unexpected '||', expecting 'inherit' or '}'	1:24
a@ || @	syntax error, unexpected '||', expecting '{'	1:4
rec || é ++ == >	syntax error, unexpected '||', expecting '{'	1:5
{ b, ... } @ || x: http://u a c	syntax error, unexpected '||', expecting identifier	1:14
a@ { || // '' / } then	syntax error, unexpected '||', expecting identifier or '...' or '}'	1:6
a . || 1 with [ if [	syntax error, unexpected '||', expecting identifier or 'or' or '${' or '"'	1:5
a . || '' / inherit (	syntax error, unexpected '||', expecting identifier or 'or' or '${' or '"'	1:5
}	syntax error, unexpected '}'	1:1
( } { a, b }: >	syntax error, unexpected '}'	1:3
( ~/h } $	syntax error, unexpected '}', expecting ')'	1:7
"x${b."q" or a [  ] (a) >= ( (x.y)}y"	syntax error, unexpected '}', expecting ')'	1:35
{ "s" } ./p	syntax error, unexpected '}', expecting '.' or '='	1:7
[ ] a.${a} or a rec { a } * -!b.${a} or b."q" or a	syntax error, unexpected '}', expecting '.' or '='	1:25
assert ~/h } x: ? ... ,	syntax error, unexpected '}', expecting ';'	1:12
assert ./p ''x'' } * > <=	syntax error, unexpected '}', expecting ';'	1:18
let }	syntax error, unexpected '}', expecting 'in' or 'inherit'	1:5
let } '''	syntax error, unexpected '}', expecting 'in' or 'inherit'	1:5
a@ }	syntax error, unexpected '}', expecting '{'	1:4
[ <n> rec } ${ ] ;	syntax error, unexpected '}', expecting '{'	1:11
1 }	syntax error, unexpected '}', expecting end of file	1:3
"s" } || "s" = ! ;	syntax error, unexpected '}', expecting end of file	1:5
{ } . } == 1 ++ ''	syntax error, unexpected '}', expecting identifier or 'or' or '${' or '"'	1:7
{ inherit ~/h inherit	syntax error, unexpected '~/…' path	1:11
{ "s" ~/h .	syntax error, unexpected '~/…' path, expecting '.' or '='	1:7
let ~/h	syntax error, unexpected '~/…' path, expecting 'in' or 'inherit'	1:5
let ~/h ''x'' }	syntax error, unexpected '~/…' path, expecting 'in' or 'inherit'	1:5
{ ~/h	syntax error, unexpected '~/…' path, expecting 'inherit'	1:3
{ ~/h é == =	syntax error, unexpected '~/…' path, expecting 'inherit'	1:3
"s" "s" ? p.q -> -rec { inherit ; ~/h }	syntax error, unexpected '~/…' path, expecting 'inherit' or '}'	1:35
a@ ~/h	syntax error, unexpected '~/…' path, expecting '{'	1:4
assert 1 let ~/h ...	syntax error, unexpected '~/…' path, expecting '{'	1:14
b.c . ~/h	syntax error, unexpected '~/…' path, expecting identifier or 'or' or '${' or '"'	1:7
''x'' ? ~/h then -> ./p	syntax error, unexpected '~/…' path, expecting identifier or 'or' or '${' or '"'	1:9
1	OK	
a	OK	
c	OK	
! 1	OK	
! a	OK	
"s"	OK	
(a)	OK	
-!a	OK	
-!b	OK	
./p	OK	
1 1	OK	
2.5	OK	
<n>	OK	
[ ]	OK	
a 1	OK	
a a	OK	
b.c	OK	
x.y	OK	
{ }	OK	
~/h	OK	
!2.5	OK	
!<n>	OK	
-[ ]	OK	
-{ }	OK	
1 or	OK	
[  ]	OK	
a or	OK	
b or	OK	
b.or	OK	
x: 1	OK	
x: a	OK	
! 2.5	OK	
! { }	OK	
! ~/h	OK	
"s" 1	OK	
"s" a	OK	
'' ''	OK	
''i''	OK	
''x''	OK	
- "s"	OK	
{ } 2.5 // 2.5 ''' http://u a ''	OK	
((a) c { inherit ; inherit (b [ ]) http://u p q; })	syntax error, unexpected URI	1:36
let "s" http://u ''' é ;	syntax error, unexpected URI, expecting '.' or '='	1:9
let http://u	syntax error, unexpected URI, expecting 'in' or 'inherit'	1:5
let http://u ''$ else	syntax error, unexpected URI, expecting 'in' or 'inherit'	1:5
{ http://u :	syntax error, unexpected URI, expecting 'inherit'	1:3
~/h or { http://u // ... @ ?	syntax error, unexpected URI, expecting 'inherit'	1:10
{ } 1 let { http://u }	syntax error, unexpected URI, expecting 'inherit' or '}'	1:13
rec http://u	syntax error, unexpected URI, expecting '{'	1:5
rec http://u http://u	syntax error, unexpected URI, expecting '{'	1:5
x: a.or or (a) "x${x.y or z "s" 1}y" ? "r" http://u	syntax error, unexpected URI, expecting end of file	1:44
<n> . http://u	syntax error, unexpected URI, expecting identifier or 'or' or '${' or '"'	1:7
b.c . http://u 1 rec .	syntax error, unexpected URI, expecting identifier or 'or' or '${' or '"'	1:7
	syntax error, unexpected end of file	1:1
x: a.or or	syntax error, unexpected end of file	1:11
"	syntax error, unexpected end of file, expecting '"'	1:2
let " <= x: >=	syntax error, unexpected end of file, expecting '"'	1:15
( "s"	syntax error, unexpected end of file, expecting ')'	1:6
( ''$ ( ''x'' http://u 2.5	syntax error, unexpected end of file, expecting ')'	1:27
{ or	syntax error, unexpected end of file, expecting '.' or '='	1:5
let b.c	syntax error, unexpected end of file, expecting '.' or '='	1:8
a@ { }	syntax error, unexpected end of file, expecting ':'	1:7
with 1	syntax error, unexpected end of file, expecting ';'	1:7
assert ''$ a@ ./p ''x''	syntax error, unexpected end of file, expecting ';'	1:24
if b.p or "s" -> <n> b.${a} or a * [ ] then x: ./p x.y 1	syntax error, unexpected end of file, expecting 'else'	1:57
let	syntax error, unexpected end of file, expecting 'in' or 'inherit'	1:4
assert let	syntax error, unexpected end of file, expecting 'in' or 'inherit'	1:11
{	syntax error, unexpected end of file, expecting 'inherit'	1:2
2.5 <n> > {	syntax error, unexpected end of file, expecting 'inherit'	1:12
let {	syntax error, unexpected end of file, expecting 'inherit' or '}'	1:6
2.5 - rec { p = ''i''; inherit "z";	syntax error, unexpected end of file, expecting 'inherit' or '}'	1:36
if 1	syntax error, unexpected end of file, expecting 'then'	1:5
~/h ( if <n>	syntax error, unexpected end of file, expecting 'then'	1:13
a@	syntax error, unexpected end of file, expecting '{'	1:3
<n> * rec	syntax error, unexpected end of file, expecting '{'	1:10
''' - < ${ x: 1	syntax error, unexpected end of file, expecting '}'	1:16
[ b."q" or c [ 2.5 ] "x${-!c a ./p	syntax error, unexpected end of file, expecting '}'	1:35
"x${{ b, c ? http://u,	syntax error, unexpected end of file, expecting '}' or ','	1:23
{ } @	syntax error, unexpected end of file, expecting identifier	1:6
x: { c ? b,	syntax error, unexpected end of file, expecting identifier or '...' or '}'	1:12
{ b ? b, c,	syntax error, unexpected end of file, expecting identifier or '...' or '}'	1:12
1 ?	syntax error, unexpected end of file, expecting identifier or 'or' or '${' or '"'	1:4
1 -> let { } ?	syntax error, unexpected end of file, expecting identifier or 'or' or '${' or '"'	1:15
''	syntax error, unexpected end of file, expecting indented string or '${' or end of an indented string	1:3
! '' ++ // b.c .	syntax error, unexpected end of file, expecting indented string or '${' or end of an indented string	1:17
let or 2.5	syntax error, unexpected floating-point literal, expecting '.' or '='	1:8
x: { q.r 2.5 ./p * 1 [ ]; or = 1 "s"; } >= x.y or z	syntax error, unexpected floating-point literal, expecting '.' or '='	1:10
let 2.5	syntax error, unexpected floating-point literal, expecting 'in' or 'inherit'	1:5
let 2.5 /	syntax error, unexpected floating-point literal, expecting 'in' or 'inherit'	1:5
{ 2.5 ''$ ? ,	syntax error, unexpected floating-point literal, expecting 'inherit'	1:3
./p == { 2.5 * = { a, b }: .	syntax error, unexpected floating-point literal, expecting 'inherit'	1:10
rec 2.5	syntax error, unexpected floating-point literal, expecting '{'	1:5
a@ 2.5 " { a, b }: {	syntax error, unexpected floating-point literal, expecting '{'	1:4
"s" ? 2.5 ./p	syntax error, unexpected floating-point literal, expecting identifier or 'or' or '${' or '"'	1:7
-http://u . 2.5	syntax error, unexpected floating-point literal, expecting identifier or 'or' or '${' or '"'	1:13
[ [ 2.5 2.5 ] (1 x.y ? or z "s") b.p or ./p ] (x: x.y or z [ ] > b) == [  ]	syntax error, unexpected identifier, expecting ')'	1:27
{ a a@	syntax error, unexpected identifier, expecting '.' or '='	1:5
{ inherit x; inherit ; p b.c = !"s"; }	syntax error, unexpected identifier, expecting '.' or '='	1:26
{ a } q: -b."q" or 1	syntax error, unexpected identifier, expecting ':' or '@'	1:7
{ ... } q: assert -"s" == 1 2.5 (a); a 2.5	syntax error, unexpected identifier, expecting ':' or '@'	1:9
a@ a@	syntax error, unexpected identifier, expecting '{'	1:4
a@ b.c rec + // @	syntax error, unexpected identifier, expecting '{'	1:4
{ ... a	syntax error, unexpected identifier, expecting '}'	1:7
1 ? "s" a@ 2.5	syntax error, unexpected identifier, expecting end of file	1:9
x: x: <n> ? p.q a - ./p [ ]	syntax error, unexpected identifier, expecting end of file	1:17
x: let a 1 * with in else	syntax error, unexpected integer, expecting '.' or '='	1:10
x: { b, } 1 q: 2.5 <n> ''i'' ? p -> 2.5 2.5	syntax error, unexpected integer, expecting ':' or '@'	1:11
let 1	syntax error, unexpected integer, expecting 'in' or 'inherit'	1:5
let 1 * é 1 rec ! //	syntax error, unexpected integer, expecting 'in' or 'inherit'	1:5
{ 1	syntax error, unexpected integer, expecting 'inherit'	1:3
{ 1 ( http://u	syntax error, unexpected integer, expecting 'inherit'	1:3
let { 1 (	syntax error, unexpected integer, expecting 'inherit' or '}'	1:7
rec 1	syntax error, unexpected integer, expecting '{'	1:5
a rec 1 b.c <=	syntax error, unexpected integer, expecting '{'	1:7
{ b ? ./p, b 1, c } @ q: x.y	syntax error, unexpected integer, expecting '}' or ','	1:14
a@ { 1 if -	syntax error, unexpected integer, expecting identifier or '...' or '}'	1:6
1 . 1 . x: [	syntax error, unexpected integer, expecting identifier or 'or' or '${' or '"'	1:5
1 . 1 é -> ] <	syntax error, unexpected integer, expecting identifier or 'or' or '${' or '"'	1:5
$	syntax error, unexpected invalid token	1:1
$ ; * * { } ''$	syntax error, unexpected invalid token	1:1
( '' : '' é ]	syntax error, unexpected invalid token, expecting ')'	1:11
let in ./p ("s" == ''i'' + ./p "s" 2.5 é c)	syntax error, unexpected invalid token, expecting ')'	1:40
let b.c $ or @ . /	syntax error, unexpected invalid token, expecting '.' or '='	1:9
with a ? a é	syntax error, unexpected invalid token, expecting ';'	1:12
assert ./p é else . ! '' '''	syntax error, unexpected invalid token, expecting ';'	1:12
let é	syntax error, unexpected invalid token, expecting 'in' or 'inherit'	1:5
x: let é in -2.5 [ ]	syntax error, unexpected invalid token, expecting 'in' or 'inherit'	1:8
{ $	syntax error, unexpected invalid token, expecting 'inherit'	1:3
a { é ''x'' { ++	syntax error, unexpected invalid token, expecting 'inherit'	1:5
let { é ./p	syntax error, unexpected invalid token, expecting 'inherit' or '}'	1:7
if "s" é	syntax error, unexpected invalid token, expecting 'then'	1:8
if http://u é é >	syntax error, unexpected invalid token, expecting 'then'	1:13
a@ $	syntax error, unexpected invalid token, expecting '{'	1:4
a@ é * @ { }	syntax error, unexpected invalid token, expecting '{'	1:4
"s" é	syntax error, unexpected invalid token, expecting end of file	1:5
'' / $ ''x'' 1 é	syntax error, unexpected invalid token, expecting end of file	1:16
1 . é }	syntax error, unexpected invalid token, expecting identifier or 'or' or '${' or '"'	1:5
1 . é = ''$	syntax error, unexpected invalid token, expecting identifier or 'or' or '${' or '"'	1:5
{ inherit (-./p 2.5 x.y + !"s") ./p q; }	syntax error, unexpected path	1:33
a.${a} or rec { ${a} -./p b; } ? p.q	syntax error, unexpected path, expecting '.' or '='	1:22
let ./p	syntax error, unexpected path, expecting 'in' or 'inherit'	1:5
let ./p != @ else ) <=	syntax error, unexpected path, expecting 'in' or 'inherit'	1:5
{ ./p	syntax error, unexpected path, expecting 'inherit'	1:3
{ ./p <= if > ++ "s"	syntax error, unexpected path, expecting 'inherit'	1:3
a@ ./p	syntax error, unexpected path, expecting '{'	1:4
rec ./p if [ :	syntax error, unexpected path, expecting '{'	1:5
"s" . ./p "s"	syntax error, unexpected path, expecting identifier or 'or' or '${' or '"'	1:7
b.c ? ./p ? ./p	syntax error, unexpected path, expecting identifier or 'or' or '${' or '"'	1:7
-b.p { or ''i''	syntax error, unexpected start of an indented string, expecting '.' or '='	1:11
{ b.c ''' } >= http://u x: ;	syntax error, unexpected start of an indented string, expecting '.' or '='	1:7
let ''$ //	syntax error, unexpected start of an indented string, expecting 'in' or 'inherit'	1:5
let ''$ else a [ ?	syntax error, unexpected start of an indented string, expecting 'in' or 'inherit'	1:5
{ ''	syntax error, unexpected start of an indented string, expecting 'inherit'	1:3
{ ''$ ( let assert	syntax error, unexpected start of an indented string, expecting 'inherit'	1:3
let { ''x'' ] { } && else	syntax error, unexpected start of an indented string, expecting 'inherit' or '}'	1:7
a@ '' ?	syntax error, unexpected start of an indented string, expecting '{'	1:4
rec ''$ assert ->	syntax error, unexpected start of an indented string, expecting '{'	1:5
{ ... ''x'' ./p // :	syntax error, unexpected start of an indented string, expecting '}'	1:7
{ b ? x.y or z, b } @ ''i'' ((a) 1 [ ])	syntax error, unexpected start of an indented string, expecting identifier	1:23
a @ { ''' http://u } é $	syntax error, unexpected start of an indented string, expecting identifier or '...' or '}'	1:7
2.5 . '' && x:	syntax error, unexpected start of an indented string, expecting identifier or 'or' or '${' or '"'	1:7
{ } . ''x'' = " -> < <n>	syntax error, unexpected start of an indented string, expecting identifier or 'or' or '${' or '"'	1:7
"""";
}
