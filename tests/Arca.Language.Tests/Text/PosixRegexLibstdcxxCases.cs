namespace Arca.Language.Tests.Text;

/// <summary>
/// Generated patterns (alternation, groups, brackets, anchors, counted and stacked quantifiers, some invalid) with
/// the results of libstdc++'s std::regex (GCC 12, the library Nix 2.8 is built with), recorded with a small C++
/// program doing what builtins.match / builtins.split do. Columns: mode (m = match, s = split), pattern, input,
/// expected rendering.
/// </summary>
internal static class PosixRegexLibstdcxxCases
{
    public const string Table = """"
s	x[-a](((\.*()[a-c]*)?(x|(){0,1}[a-c])*)x\.|[[:alpha:]]*+()*)*	.a	[ ".a" ]
m	([^a]*x*.|[ab](.*){2})	bccc.	[ "bccc." null ]
s	x{2}(($b?|[^a]?b)?[-a])([[:alpha:]]([-a]x[^a]+))	ccbb	[ "ccbb" ]
s	c?\.(()*c|([-a]c{0,2}^)([ab]+)x|(a?[a-c]()?)b*x{2}[a-c]([a-c]*)+){2}	x	[ "x" ]
s	x{1,2}.*|a[a-c]+	ab.x	[ "" [ ] "." [ ] "" ]
s	[a-c]*((.|.{2})b{2}([a-c]?$\.?))()*|a?([^a]a+)*c^c*|$^	.bbbxx	[ ".bbbxx" ]
s	[]a]+|[a-c]?+[]a]+	aacbb	[ "" [ ] "cbb" ]
s	.([-a]*[ab]b|(\.?b)*[[:alpha:]]{2}a)()		[ "" ]
s	(b+|$.[[:alpha:]])+	xxa	[ "xxa" ]
s	[a-c]{2}([[:alpha:]]|[a-c])	..c	[ "..c" ]
s	(a*[[:alpha:]]+|.[^a]*b|[^a]+)*	..b.a	[ "" [ "a" ] "" [ null ] "" ]
s	(.(.?)[]a]|$([[:alpha:]]{1,2}b)?)[-a]x{0,2}	.	[ "." ]
s	(x*)+(($|x+[ab])([^a]|[^a]?())(\.[[:alpha:]][ab]|[-a]))+	axc.aa	[ "axc.aa" ]
s	[^a](.^b|^[]a]?)[-a]*	c.a..	[ "c.a.." ]
s	[]a]+|()[a-c]|\.?[[:alpha:]]{2}	axc	[ "" [ null ] "" [ "" ] "" ]
s	x*(([]a]|[a-c]c)[]a](()+))x	b.c	[ "b.c" ]
m	(a()?$|()*{2}$|c?)		[ "" null "" ]
s	[]a]?.([ab][^a].|(b)$)?		[ "" ]
s	[ab]{1,2}([-a][-a][^a]|[]a])	b.	[ "b." ]
s	(([^a]|$))[-a]?	abbb	[ "a" [ "b" "b" ] "" [ "b" "b" ] "" [ "b" "b" ] "" [ "" "" ] "" ]
s	b?(\.*[]a]a[-a]|[-a][ab]+)*		[ "" [ null ] "" ]
s	((^a)[ab].?|xc)	.aca	[ ".aca" ]
s	((b\.+)([-a]?c[]a])|(c|[a-c][a-c])?)		[ "" [ "" null null null ] "" ]
s	([^a]|b+((c*^)*().|([-a]?[[:alpha:]])?($)*)([-a]+[a-c]?\.+))	.c	[ "" [ "." null null null null null null ] "" [ "c" null null null null null null ] "" ]
s	(x*)+(($|x+[ab])([^a]|[^a]?())(\.[[:alpha:]][ab]|[-a]))+	aacx	[ "aacx" ]
m	^|.+.+[^a]	axcc	[ ]
s	[-a]?|c*[-a]*+(a)[^a]		[ "" [ null ] "" ]
s	(([ab]+c[]a])*a?(c|.[-a]+$)?)	cxbxa	[ "" [ "c" null "c" ] "" [ "" null null ] "x" [ "" null null ] "b" [ "xa" null "xa" ] "" [ "" null null ] "" ]
s	(.)*(\.+[[:alpha:]]([ab]{2}^^){1,1}){0,2}([^a]([]a]|[a-c]))	xcxx	[ "" [ null null null "xc" "c" ] "xx" ]
s	\.[ab]((^|.{0,1})[]a]+)	c	[ "c" ]
s	(\.*|(x$|[-a]*$)()(b(^aa+){0,1}.+|[^a](.[ab]|a)))?	axc.cc	[ "" [ "" null null null null null ] "a" [ "" null null null null null ] "x" [ "" null null null null null ] "c" [ "." null null null null null ] "" [ "" null null null null null ] "c" [ "" null null null null null ] "c" [ "" null null null null null ] "" ]
s	([a-c]|\.{0,1})	abba	[ "" [ "a" ] "" [ "b" ] "" [ "b" ] "" [ "a" ] "" [ "" ] "" ]
s	[a-c]+|(()[a-c]\.?|x+\.*)?*[a-c]	c.x.bx	[ "" [ "x." "" ] "x" ]
s	[^a][[:alpha:]]+(([ab]+)[a-c](\.*|[[:alpha:]]c[^a]+)?|(c{1,1}[ab]a{2}|$^x{2}){0,2})	bc.c	[ "" [ "" null null null ] "" [ "" null null null ] "" ]
s	(a|(x[]a]*c|.[ab]*))	a.a	[ "" [ "a" null ] "" [ ".a" ".a" ] "" ]
s	(([^a])([[:alpha:]])x|.?cb|()+[[:alpha:]])[]a]	acb	[ "acb" ]
s	.*(^|b)	a..ax	[ "" [ "" ] "a..ax" ]
s	(([]a]x[-a]+)?([ab]*[]a][a-c]?|c*[ab])+b*){2}|((\.\.+)[a-c])b\.+(a?)*	babc.	[ "" [ "b" null "b" null null null ] "c." ]
s	([]a]|((()()*^)[[:alpha:]](b)?)(c[-a]x))()+	ac.aa	[ "" [ "a" null null null null null null "" ] "c." [ "a" null null null null null null "" ] "" [ "a" null null null null null null "" ] "" ]
s	([]a]|((()()*^)[[:alpha:]](b)?)(c[-a]x))()+	xxaax	[ "xx" [ "a" null null null null null null "" ] "" [ "a" null null null null null null "" ] "x" ]
s	([-a]?){1,1}xb{1,2}|([]a])		[ "" ]
m	(^[-a][^a]|a(cc*x)?)	ac	[ "ac" null ]
s	[-a]((\.|[ab]?[[:alpha:]]*))?		[ "" ]
s	[[:alpha:]]((a.+\.*)*(a.a|x)+\.|.+([]a][a-c]|\.))	cc.	[ "" [ "c." null null "." ] "" ]
s	x(([ab][a-c])a([[:alpha:]]|[]a])).	c	[ "c" ]
s	((c)^|[ab]c)+[[:alpha:]]+$	b.cc.	[ "b.cc." ]
s	(()*|[^a]b|[a-c][[:alpha:]])c*	x.c	[ "" [ "" "" ] "x" [ "" "" ] "." [ "" "" ] "" [ "" "" ] "" ]
s	.{0,1}(^^)+([[:alpha:]]|[^a]*.b+)	c	[ "" [ "" "c" ] "" ]
s	([a-c]([^a][[:alpha:]]+[a-c]{0,1})[a-c])|([a-c]+)b?[ab]{2}[-a]	bb.a	[ "bb.a" ]
s	[-a]x\.?|()+		[ "" [ "" ] "" ]
s	[^a](^[ab]+(()[]a][[:alpha:]]+)|xc()+)c*	xxa.	[ "xxa." ]
s	([[:alpha:]]x*[[:alpha:]]|[]a][ab])+^		[ "" ]
s	[ab](([ab]xb|$a[[:alpha:]]))([]a].$)	xaa..	[ "xaa.." ]
m	((x[ab]|[[:alpha:]]c[^a]))?		[ null null ]
m	[]a]*.*([^a]{2}|[-a].)+	a..c.x	[ ".x" ]
s	([a-c]+)([ab]\.([ab])|x+.*|((\.c{0,2}()*)|\.(^|()))+([[:alpha:]]?[]a]?))(()|((xb|$))*)	a	[ "a" ]
s	([-a])+x+(a|[-a])		[ "" ]
m	(\.*|(x$|[-a]*$)()(b(^aa+){0,1}.+|[^a](.[ab]|a)))?		[ "" null null null null null ]
m	(.+|([]a][[:alpha:]]+))([]a]([]a]()[]a])([a-c]x[]a]){1,1})*	abbx.	[ "abbx." null null null null null ]
s	([[:alpha:]]?)*|c*|a(x())[]a]	.aaa	[ "" [ "" null null ] "." [ "" null null ] "" [ "" null null ] "" ]
s	[-a](()?[[:alpha:]]|$\.)*	axa.	[ "" [ "a" "" ] "." ]
s	^|[^a]*([[:alpha:]])b+		[ "" [ null ] "" ]
m	.+.{2}([a-c]*([]a])|(\.{2}|b^)a)?	c.xa	[ null null null ]
m	[^a]{0,2}(([ab]\.\.)?[a-c].)|([a-c]+|([ab][]a]*[]a]|$[ab]b)?c)?+		[ null null null null ]
m	([a-c]|.*[ab]?[ab]*)*(c+|$)*	a.bx	[ "" "" ]
s	([^a]?\.+)(([]a]+(\.a[[:alpha:]])|c))	xc.b.c	[ "xc." [ "b." "c" "c" null ] "" ]
s	(c)([a-c](xb*a*)+|([[:alpha:]]+()))*	..bxb	[ "..bxb" ]
s	(([]a]?|[^a]b*))+(^|([^a]*|.[^a]*)c?)	aacxc	[ "" [ "" "" "cxc" "cxc" ] "" [ "" "" "" "" ] "" ]
s	((b|a)()+($[ab].*)*)*	.c	[ "" [ null null null null ] "." [ null null null null ] "c" [ null null null null ] "" ]
s	()\.([[:alpha:]][ab]a*|[-a]?\.+b){2}	bab.c	[ "bab.c" ]
s	((()x|\.)+)(\.([[:alpha:]]+)*(\.+[-a]?)|x+.+)?(x(a)*)	cabxa.	[ "cabxa." ]
s	\.|$(c^[]a]|()+[^a])[a-c]	xx.	[ "xx" [ null null ] "" ]
s	((c*)+b?x)([a-c][[:alpha:]]*|[ab]|[ab]a[^a]*[[:alpha:]])(($[]a]|x{2}x?)|(..*)*(x|\.{2})c?)*	.	[ "." ]
m	()+|[ab]([a-c]a(x[[:alpha:]]{1,1})+)?[ab]		[ "" null null ]
s	((bb)((){0,1}|[^a])[ab]|[a-c]*)		[ "" [ "" null null null ] "" ]
s	([]a]+[]a][-a])([^a][]a]+()+|[]a]?\.|(\.x{2}))*	ab.bcb	[ "ab.bcb" ]
s	(([]a]+b*|[[:alpha:]])*[[:alpha:]]){1,2}[^a]c	a	[ "a" ]
s	(([]a]|().)[^a])	c..b	[ "" [ "c." "c" "" ] "" [ ".b" "." "" ] "" ]
s	.*([a-c]b((ax|x+.+){2})*)*	xxc.x	[ "" [ null null null ] "" [ null null null ] "" ]
s	((.\.*)(.{1,1})*[^a]*|[ab])	xcc	[ "" [ "xcc" "x" "c" ] "" ]
s	(()[]a]*\.|([^a][^a]|(b[-a]?)x*)[ab])*((a?)|[^a]{1,1}|([-a]+)*[-a][^a])(c*(c)(x+[^a])?)+|(c|\.*|\.*[ab]?c*)(([a-c]+[-a]^)*)*	.x	[ "" [ null null null null null null null null null null "." "" null ] "" [ null null null null null null null null null null "" "" null ] "x" [ null null null null null null null null null null "" "" null ] "" ]
s	[ab]*(\.?)[ab]{1,2}|(b{0,2})*(\.)([^a]+b.|[^a])*+[]a]*	xx	[ "xx" ]
s	([a-c]*|b?x)()+	xx	[ "" [ "x" "" ] "" [ "x" "" ] "" [ "" "" ] "" ]
s	[-a]([[:alpha:]][[:alpha:]](.[]a]+|[ab]+)*)\.		[ "" ]
s	(\.|b[[:alpha:]])b	x.bxa	[ "x" [ "." ] "xa" ]
m	[]a][a-c]*([[:alpha:]])|\.[-a]??\.*	.	[ null ]
s	\.+([a-c]|([]a])b)+	xxbc.	[ "xxbc." ]
s	(()?c(\.[]a]?[ab]+|[ab]$[ab]?)|((.+)[]a]?c*)*(\.*([^a]x*|b[^a]{1,1})ac*|[a-c].{0,2}[[:alpha:]]*|[-a]+a{2}.{0,1})x*)	x	[ "x" ]
s	(.|\.[]a]*)+[ab]c		[ "" ]
m	(a([ab]*|[ab]\.*[]a]+)+)*([a-c]{0,2}b)[]a]*	abbbcb	[ "abbb" "" "cb" ]
s	[]a][ab]c{1,2}.|([[:alpha:]]\.\.?|[ab]*)([]a]?|$)+	c...xx	[ "" [ "c.." "" ] "" [ "" "" ] "." [ "" "" ] "x" [ "" "" ] "x" [ "" "" ] "" ]
s	((b|[-a])+x*([-a][[:alpha:]][ab])|[[:alpha:]]?^)?[ab]([ab]([[:alpha:]]?[-a]*\.*|()[-a])[[:alpha:]]+)	.aa	[ ".aa" ]
s	([ab](([^a])([^a]*|.[]a][^a]))?)()+		[ "" ]
s	((^)(.^([[:alpha:]])|.{0,2}[[:alpha:]]^)?)c(^((b*[[:alpha:]]{0,1})([]a]*))(($[^a]?[-a]{1,2})*)|[[:alpha:]](x+[^a]))(|(c[]a][a-c]|()b(){2})+())	a.x	[ "a.x" ]
m	(([[:alpha:]]b{2}[^a])?|c)*(.[^a])([^a][ab]+c?|()a)|[[:alpha:]][-a]*	x	[ null null null null null ]
s	[^a][a-c]x+|(.[[:alpha:]]b)($).x?	.	[ "." ]
s	(b[]a]+|().?^|([^a]*^$)([[:alpha:]]?[^a]+[^a]))+((()|a*$)()()[ab]|\.+[a-c]{1,2}^)()	ca	[ "ca" ]
m	$((){2}|[]a]*[^a]?)|[[:alpha:]]+	x	[ null null ]
s	(a*([]a]|\.)|$)|x()(()^)*a{0,2}	a	[ "" [ "a" "a" null null null ] "" [ "" null null null null ] "" ]
s	(([ab]?[]a]|[a-c]{1,1}a*)[-a])	ba.bbc	[ "" [ "ba" "b" ] ".bbc" ]
s	a{2}($|\..+[ab][-a])	.	[ "." ]
s	[a-c](([-a]*)|([^a]|())?c(x[ab]+|x+))*		[ "" ]
m	.+(\.([[:alpha:]].*|[ab][[:alpha:]]){1,2})*	.bx.bx	[ null null ]
s	(a()?|.|.?())b	ccb.c	[ "c" [ "c" null null ] ".c" ]
m	([^a]*[[:alpha:]]|^(c|x[ab][ab])()|[ab][-a]([-a])([^a]([]a]..*|[]a])|$)|(([-a].)([-a]()))x)*	.aab	[ "b" null null null null null null null null null ]
s	^(()[]a](([a-c]|()+.[ab]+))*|[^a]+((.ca+|\.+^[ab])+b|[a-c]?*|[[:alpha:]]([-a].[-a])?)+)x	axbxxc	[ "" [ "axb" "" "xb" "xb" "" null null null ] "xc" ]
s	[ab][-a]([ab]+|x+x()*)+|.(a)+	a..	[ "a.." ]
s	[[:alpha:]]*^((b[^a]*)|.*^[ab](^.[a-c]|c)(()*bc)[]a]?|.+.{2}|(\.([-a][^a]|[^a][]a])?x|[-a][[:alpha:]]|ab()*[^a]|[[:alpha:]]+))	acc	[ "" [ "acc" null null null null null null null ] "" ]
m	(([-a]*^){1,2}[a-c]?(()([-a]*\.*|x*)*^|a+$)+|[[:alpha:]]*((.[^a])(c+[]a].)[]a]*))		[ "" "" "" "" "" null null null ]
m	([[:alpha:]]?)*|c*|a(x())[]a]	cbcx	[ "" null null ]
s	[-a]*[[:alpha:]]+|([ab]\.[-a])*(\.{1,2}.*)*([[:alpha:]]^|$)$|[ab]\.*x[a-c]{2}()	a.axcb	[ "" [ null null null null ] "" [ null ".axcb" "" null ] "" [ null null "" null ] "" ]
s	((()+a[^a]|[]a])[a-c]{2}()+|a|[]a][ab](()))+(([]a]{1,2})*+\.|([^a])(){1,2}c{1,1})(x[-a][^a])*|(\.ab)	cb.	[ "cb." ]
s	[-a]((^|[[:alpha:]][[:alpha:]])*(\.?[a-c]+[ab]*|c[]a]x)?[ab]|b?|[ab]{2}x+\.?)[a-c]	bba	[ "bba" ]
s	([a-c]([]a](ba+\.*|[a-c]?[ab]*[[:alpha:]])?|(\.[]a]))*b|b([[:alpha:]][^a]|c)+[[:alpha:]])+[a-c]|$([a-c]$\.*)+(^x?(b(x.{0,2}[[:alpha:]]?|[-a][]a][]a]*)*([^a])))+	.	[ "." ]
s	((.[ab]*^)?|^(x^))+	c	[ "" [ "" null null ] "c" [ "" null null ] "" ]
s	[-a]((\.c[-a][a-c]|^[a-c]+)+)	abbbca	[ "abbbca" ]
s	[[:alpha:]]([ab]b{1,2}|x)[a-c]	.ac.b	[ ".ac.b" ]
s	($|x[ab]*)*[^a]((([a-c]\.|ca)+)+[^a]?x|x([^a]?)+(c*.)|$)?	xcxa	[ "" [ "x" "xa" null null "" "a" ] "" ]
s	([a-c]*.|c{2}[ab]()?)(()*\.*.*|c*b[[:alpha:]])+[a-c]c|()*$\.?()		[ "" [ null null null null "" "" ] "" ]
s	(.|([-a]x).[ab]*)	.bb.b	[ "" [ "." null ] "" [ "b" null ] "" [ "b" null ] "" [ "." null ] "" [ "b" null ] "" ]
s	((.*[^a]*.)(.)?|([^a][]a])(.)+)	ac.	[ "" [ "ac." "ac." null null null ] "" ]
s	a|($x.{0,2}|a)+[ab]**[[:alpha:]]*[[:alpha:]]	accc	[ "" [ "a" ] "" ]
s	((b)+(b|ac))*	aax.cc	[ "" [ null null null ] "a" [ null null null ] "a" [ null null null ] "x" [ null null null ] "." [ null null null ] "c" [ null null null ] "c" [ null null null ] "" ]
s	[-a]((([-a]a{0,1}|\.()[[:alpha:]])|x()+)+[^a]{1,1}$)	bx.aa	[ "bx.aa" ]
s	()$|.+[ab][^a]|[]a]?[[:alpha:]]*[]a]		[ "" [ "" ] "" ]
s	($|()*){2}(c(x{1,1}).+|x.)	ba.abc	[ "ba.abc" ]
s	([ab]|([-a])([^a]c{1,2}[a-c]*)*)	bc.xa	[ "" [ "b" null null ] "c.x" [ "a" null null ] "" ]
s	[[:alpha:]]((($[[:alpha:]][]a]|[^a]+)[ab]*)([ab])+[ab]{2}|((.[[:alpha:]][-a]*|\.[]a]*){1,1}(a^|c*[[:alpha:]]*[^a])[]a]))[a-c]	.xcbbb	[ ".xcbbb" ]
s	((([^a]*c)*|([]a]{1,2}ca))*|(()*[-a]{2})+([[:alpha:]])[^a]*)		[ "" [ "" "" null null null null null ] "" ]
s	[]a]([^a]*|(){0,1}[ab]+(c)?)a	ccx.bc	[ "ccx.bc" ]
s	(a(^[a-c]?|[a-c]?)*x?)*	.ax	[ "" [ null null ] "." [ "ax" "" ] "" [ null null ] "" ]
m	([^a]+|([]a]|b+aa{1,1}))+$	.	[ "." null ]
s	()*c{1,2}($b)(|[[:alpha:]]{1,1}b)		[ "" ]
s	[^a]a((\.*\.*|[a-c])+[]a])*a*|[]a]	.ccbxx	[ ".ccbxx" ]
s	([ab]?[^a]())([a-c]|[a-c])*[]a]()?|[-a]*[ab]{0,1}	ccc	[ "" [ null null null null ] "c" [ null null null null ] "c" [ null null null null ] "c" [ null null null null ] "" ]
s	(([a-c]+)|[^a]c{0,1}[^a])[a-c]	x	[ "x" ]
m	((x.c{1,2}|a*)*)[^a]+|\.*+	a.x	[ "a" "" ]
s	([^a]|(([a-c]+.?.*)+|(..*))(^)?).*	.ba	[ "" [ "." null null null null ] "" ]
s	([-a]|([[:alpha:]]?[^a])?[^a])+((b+|[[:alpha:]][ab]()*)?x|[a-c]b+)*.*	xb	[ "" [ "xb" "x" null null null ] "" ]
s	[ab]*(()[^a]?())?b?(c)(\.[]a]?[a-c]?|[[:alpha:]]*)|(x()+|[a-c]*^)([-a]a+[ab]?)*{1,2}	..ca	[ "" [ null null null null null "" null null ] "." [ "." "" "" "c" "a" null null null ] "" ]
s	([^a]|.*()())+	xx.	[ "" [ "" "" "" ] "" [ "" "" "" ] "" ]
s	[[:alpha:]].*(x)+([a-c]*)|[ab][^a]		[ "" ]
s	((([[:alpha:]]{0,1}|.*))+[a-c]*([]a]{2}x*)|b*.\.)[a-c]		[ "" ]
s	([ab]{1,2}b|x?\.?[-a][a-c]{0,2}){0,2}[a-c]	xxc	[ "xx" [ null ] "" ]
s	[ab]*(\.?)[ab]{1,2}|(b{0,2})*(\.)([^a]+b.|[^a])*+[]a]*	bc	[ "" [ "" null null null ] "c" ]
s	([-a]?[ab]+)|[[:alpha:]].(\.[]a])(([-a]ax*|ab+)([a-c]a)+|$)+	caxac	[ "c" [ "a" null null null null ] "x" [ "a" null null null null ] "c" ]
s	(([a-c]()|(.b)c+\.()*|b{0,1})|[ab]{0,1}[ab]b)(^|(.+|b[-a][a-c])[[:alpha:]])*	.	[ "" [ "" "" null null null "" null ] "." [ "" "" null null null null null ] "" ]
s	(\.)?|c**	ax.b	[ "" [ null ] "a" [ null ] "x" [ "." ] "" [ null ] "b" [ null ] "" ]
s	[^a]*[^a]?|(a|[^a]{2}^)*.((b+$b|(){2})([-a]*b{1,1}[[:alpha:]]*|[a-c]*[^a]{0,1}))b		[ "" [ null null null null null ] "" ]
s	(b()+\.|[^a][]a]{0,1}[ab]{0,2}*)(a{2}|(c(()?[^a][]a]*)+b)\.[-a]*)*^	ca	[ "ca" ]
s	[^a]ab*[a-c]([ab]^[^a]|[a-c]*){2}|[a-c]		[ "" ]
s	(((a[^a]|a*)+)?b(^.*[a-c])+)((b*()())[a-c]|(x)*([a-c]|cc)x*|[[:alpha:]])+.*	a	[ "a" ]
s	(($)|b{2}([ab]{0,1}(.*[-a]*b))+)+[ab]	aca.	[ "aca." ]
s	($)?((([ab]|^^\.)a*|($\.?[a-c]|[a-c][^a])([ab]\.x|$$[^a])(.+\.|[]a])))()([-a]*b|c+[a-c]?)	a.cb.a	[ "a.cb.a" ]
s	a([]a]+|[]a]*[[:alpha:]][a-c])?	b.xa	[ "b.x" [ null ] "" ]
s	(c*)(b+)[^a]+|[-a][a-c]((..[[:alpha:]])a*)|(x*[a-c]|$|^c+)*	xb.	[ "" [ null null null null "xb" ] "" [ null null null null null ] "." [ null null null null "" ] "" ]
s	x*[ab]^[]a]|([a-c])[^a](c(c*|b?\.*)([a-c]|[a-c]c()){0,1}|(b\.{1,1}b)+){0,1}	ac	[ "" [ "a" null null null null null ] "" ]
s	(((b?)$)*(b+|(.*)+))+	a	[ "" [ "" "" "" "" "" ] "" [ "" "" "" "" "" ] "" ]
s	[a-c](x[^a]?[^a]).()*|b([]a]\.[ab]|b?)([-a][a-c]{1,2}[^a])+(()c|^)+()|()[]a]*	..xc.b	[ "" [ null null null null null null null "" ] "." [ null null null null null null null "" ] "." [ null null null null null null null "" ] "x" [ null null null null null null null "" ] "c" [ null null null null null null null "" ] "." [ null null null null null null null "" ] "b" [ null null null null null null null "" ] "" ]
m	(([a-c]|()^)([ab]+))	ba	[ "ba" "b" null "a" ]
s	[]a]*(([ab].?\.).?|(a+|[a-c]?\.*a)*)	.ccacc	[ "" [ "" null null ] "." [ "" null null ] "c" [ "ca" null "ca" ] "" [ "" null null ] "c" [ "" null null ] "c" [ "" null null ] "" ]
s	(([ab]+a[^a]|.*){2}b[ab]|b+(\.?$)+)*[^a]	b	[ "" [ null null null ] "" ]
m	[^a]*|([-a]|())[-a]+(b[-a]b+|[^a]\.+.)*	xc.x	[ null null null ]
s	[ab](a|()){1,2}	bacc.a	[ "" [ "" "" ] "cc." [ "" "" ] "" ]
s	[ab](((x()c|x[a-c]))){2}b	a.	[ "a." ]
s	(x[[:alpha:]]*[-a]*)(b[]a]|(()|[ab]\.))^	bbccbc	[ "bbccbc" ]
s	[]a](([^a]*[^a]|b+[-a])|(b()[^a])*){0,2}.	xc.cax	[ "xc.c" [ "" null null null ] "" ]
m	([[:alpha:]][a-c]([a-c].|[[:alpha:]]))+	bax	[ "bax" "x" ]
m	(a?x{2}[[:alpha:]]+ab|\.+[]a]|[[:alpha:]]+\.[[:alpha:]]+)	xbca.c	[ "xbca.c" ]
s	([ab]|c.{0,1}a+)*|.*[-a][ab]+(((a|[[:alpha:]]*[-a][[:alpha:]]?)*)[-a])+		[ "" [ null null null null ] "" ]
s	[-a]|[[:alpha:]]x?|[]a]*b([[:alpha:]]a)?([]a].[[:alpha:]]*)?(\.|($x)([-a]()))+\.*	b	[ "" [ null null null null null null ] "" ]
s	(x(.[]a])*|x?(^(){1,1}))*	c.c.	[ "" [ "" null "" "" ] "c" [ null null null null ] "." [ null null null null ] "c" [ null null null null ] "." [ null null null null ] "" ]
s	(b*)+(a|(a[^a]|a*[[:alpha:]]?)*)+[-a]?	bb	[ "" [ "" "" "" ] "" [ "" "" "" ] "" ]
s	[^a]?c(\.|([]a]))	cxab	[ "cxab" ]
s	([[:alpha:]]?(()[a-c]|[-a]+$x)*[^a]+|(b*|c+())*+[[:alpha:]]+[^a])[]a][[:alpha:]]	.cac.x	[ "" [ ".c" null null null null ] ".x" ]
s	(c+.(^[[:alpha:]])*|\.([a-c][a-c]?|^b)\.)	xxc	[ "xxc" ]
s	()([-a]?|a[[:alpha:]]([ab][a-c]?[[:alpha:]]+)){1,1}	c.bx.b	[ "" [ "" "" null ] "c" [ "" "" null ] "." [ "" "" null ] "b" [ "" "" null ] "x" [ "" "" null ] "." [ "" "" null ] "b" [ "" "" null ] "" ]
s	b(([^a]*|x)([^a]{0,2}$))(\.[ab]{0,2}|.()b+|[ab]($)(\.){2})	.c.a.x	[ ".c.a.x" ]
s	([[:alpha:]]\.|b(^[]a])*|[[:alpha:]][a-c])*	xxx.	[ "" [ null null ] "x" [ null null ] "x" [ "x." null ] "" [ null null ] "" ]
s	[-a]((\.|[ab]?[[:alpha:]]*))?	xba.	[ "xb" [ "." "." ] "" ]
s	(b?)c([a-c]|(){2}\.[^a]*bc[[:alpha:]]*|[[:alpha:]]*)+	ba.	[ "ba." ]
m	c(a{1,1}[a-c]+)+|[^a]{0,1}+([]a]*)*	b...	[ null "" ]
s	(b(()[a-c][]a]|[a-c]+[-a]*^)[[:alpha:]]?)(b{1,2}x+.|([-a]*[]a]|[a-c]+[ab][a-c]*)b+(())+)	cxax	[ "cxax" ]
s	(($([-a]|()?[]a][a-c]{1,1}){0,1}|(c*)(()()[[:alpha:]]|[-a])+)|[^a](([[:alpha:]]*[a-c][-a]?)x)\.{0,2})+\.*		[ "" [ "" "" null null null null null null null null ] "" ]
m	(([ab][[:alpha:]][]a]|[a-c]*)?a*)		[ "" "" ]
m	^((c[a-c]|[a-c]{1,1}?)*|x){2}	a	[ "" "" ]
s	((c))*(([[:alpha:]]\.c|.)+([-a]a)(.?x?)|([[:alpha:]].\.)+\.*.)*[^a]*	x	[ "" [ null null null null null null null ] "" [ null null null null null null null ] "" ]
s	[]a]|[[:alpha:]]{0,1}(c)[-a]*		[ "" ]
s	(([ab]?|xc?.?)*([[:alpha:]][^a]a))?[[:alpha:]]	bbb	[ "" [ null null null ] "" [ null null null ] "" [ null null null ] "" ]
s	[-a]*(b{0,2}[-a]+c+|[^a]?()$)|[^a]\.*[a-c]	cxaxxx	[ "c" [ null null ] "xx" [ "x" "" ] "" [ "" "" ] "" ]
s	((){2}|())	aa	[ "" [ "" "" null ] "a" [ "" "" null ] "a" [ "" "" null ] "" ]
m	([^a]*[[:alpha:]]|^(c|x[ab][ab])()|[ab][-a]([-a])([^a]([]a]..*|[]a])|$)|(([-a].)([-a]()))x)*	cabaa	[ "a" null null null null null null null null null ]
s	[[:alpha:]]*(($c$|[^a]b)[ab]+(b[]a]+c*)*)*[ab]*	abaax	[ "" [ null null null ] "" [ null null null ] "" ]
s	(($([-a]|()?[]a][a-c]{1,1}){0,1}|(c*)(()()[[:alpha:]]|[-a])+)|[^a](([[:alpha:]]*[a-c][-a]?)x)\.{0,2})+\.*	a	[ "" [ "" "" null null "" "a" "" "" null null ] "" [ "" "" null null null null null null null null ] "" ]
m	(\.+()?|[]a]c[-a]|^(x)*x^|.+)*.*	b.	[ "b." null null ]
s	([^a]+|x.)+	xx	[ "" [ "xx" ] "" ]
s	(([]a][ab]+.|[-a].)|[ab]$[[:alpha:]]).\.{2}	.xac	[ ".xac" ]
s	((a)a|[-a])($()(.a+\.*|\.)([a-c]*b{1,1}))*	a.xc.	[ "" [ "a" null null null null null ] ".xc." ]
s	.c+(([[:alpha:]]+b?.|\.a[^a]+)*$)*	.	[ "." ]
s	([a-c]+|[ab]*)\.(c(\.|[]a]*[ab][-a])^)*	cab	[ "cab" ]
s	(\.|a^)*(b)*	bxc	[ "" [ null "b" ] "" [ null null ] "x" [ null null ] "c" [ null null ] "" ]
s	(a?()|c?(^)([-a]*|\.))[]a]([a-c][-a]+)*	c	[ "c" ]
s	[-a]($\.*\.|[ab]*|()[]a])	bb	[ "bb" ]
s	((\.$[^a]|[-a]()*[ab])*[]a])([]a][-a]+)?	xxb	[ "xxb" ]
m	(([[:alpha:]]){0,1}|([ab])())(^)*		[ "" null null null "" ]
s	b((^|[]a])([]a]*)^)?	b.	[ "" [ null null null ] "." ]
s	(a()?$|()*{2}$|c?)	cxxx	[ "" [ "c" null null ] "" [ "" null null ] "x" [ "" null null ] "x" [ "" null null ] "x" [ "" null "" ] "" ]
s	[^a]*($(([-a]()|aa)([-a]){0,1}b){1,2}|(b)b+)()+	cc	[ "cc" ]
m	([ab]+[-a]|^)*		[ "" ]
s	(((b){1,2})[-a]x|([a-c]c|($|()))*[]a]?\.*).*	.x.a.	[ "" [ "." null null "" "" "" ] "" [ "" null null "" "" null ] "" ]
m	(\.)?|c**		[ null ]
s	((cx^)(x?[]a]{2}[a-c]|[-a]{1,1}[ab])a)	.cc.b	[ ".cc.b" ]
m	((^)((\.x)([^a]{1,2}a*|cx)|.())*|[a-c]*(([^a][[:alpha:]]|b?.[[:alpha:]]*)(b[a-c]+)[a-c]*)[]a]*)	bb.	[ "bb." "" "." null null "" null null null ]
s	(.([[:alpha:]].+)a*+)*\.|[]a]*	b	[ "" [ null null ] "b" [ null null ] "" ]
s	.(b|x+x?(.a^|[^a]){1,1})[-a]	.c	[ ".c" ]
s	((()^a+|[ab]b[]a]*)*)	..	[ "" [ "" null null ] "." [ "" null null ] "." [ "" null null ] "" ]
s	((()[^a][ab]*|b*[]a]+[[:alpha:]]*)*)[[:alpha:]]+[-a]+		[ "" ]
s	(([a-c])|x[]a])	b.caxc	[ "" [ "b" "b" ] "." [ "c" "c" ] "" [ "a" "a" ] "x" [ "c" "c" ] "" ]
m	(.*|(x[[:alpha:]])?(([]a][[:alpha:]]\.)c)?)	xx	[ "xx" null null null ]
s	[[:alpha:]](([]a][]a]*[-a])|[a-c]($))		[ "" ]
s	x((.+b[a-c]+)*[-a]+|a)	bx	[ "bx" ]
s	c^|()|$a()*	xb	[ "" [ "" null ] "x" [ "" null ] "b" [ "" null ] "" ]
s	(()[]a]*\.|([^a][^a]|(b[-a]?)x*)[ab])*((a?)|[^a]{1,1}|([-a]+)*[-a][^a])(c*(c)(x+[^a])?)+|(c|\.*|\.*[ab]?c*)(([a-c]+[-a]^)*)*	xbbx.x	[ "" [ null null null null null null null null null null "" "" null ] "x" [ null null null null null null null null null null "b" "" null ] "" [ null null null null null null null null null null "b" "" null ] "" [ null null null null null null null null null null "" "" null ] "x" [ null null null null null null null null null null "." "" null ] "" [ null null null null null null null null null null "" "" null ] "x" [ null null null null null null null null null null "" "" null ] "" ]
s	[]a]{1,2}([a-c](a(^a+c*|[^a]{1,1}b{2}[]a]+)?)*)(aa*)+(x{1,2}.|(x|[a-c][-a]+[]a]?)+[^a]*)*\.|.([[:alpha:]]*[ab]|c(a|a+[-a]))?[-a]	baaa	[ "" [ null null null null null null "aa" null ] "" ]
s	[]a](aa([-a]{1,2}[-a]|[[:alpha:]]?[]a]a)*)	aa	[ "aa" ]
m	([[:alpha:]]|[-a][a-c]?x?|[ab][^a])*(.([ab][^a][a-c]))?	.a.c	[ null ".a.c" "a.c" ]
s	(([]a][]a]?[]a]|[-a])?\.?[ab]|[-a])[a-c]{1,2}	x.ccc	[ "x.ccc" ]
s	b|$x	c.b	[ "c." [ ] "" ]
s	[ab]*(\.?)[ab]{1,2}|(b{0,2})*(\.)([^a]+b.|[^a])*+[]a]*		[ "" ]
s	([ab]?[^a]())([a-c]|[a-c])*[]a]()?|[-a]*[ab]{0,1}	.	[ "" [ null null null null ] "." [ null null null null ] "" ]
s	(b*[a-c]*([-a]|\.+a+[-a])|()b)+()+	c	[ "c" ]
s	(.|\.[]a]*)+[ab]c	axca	[ "axca" ]
s	[]a](()+([ab]+)*(c|b+[^a]))x?	a.xab.	[ "a.x" [ "b." "" null "b." ] "" ]
s	([^a][]a](c|$a?)|([ab])[-a]?[-a])*\.*a*	a	[ "" [ null null null ] "" [ null null null ] "" ]
s	([ab]*|a*b?[[:alpha:]]|(c?.)*)[ab]|[^a][a-c]{0,1}[-a]|[a-c]*a*((a[-a]|[^a]())|\.*){2}	ccab.x	[ "" [ null null "x" "x" "" ] "" [ null null "" null null ] "" ]
s	(a?([ab]\.)|c+)[-a]*		[ "" ]
m	[a-c]*((.|.{2})b{2}([a-c]?$\.?))()*|a?([^a]a+)*c^c*|$^		[ null null null null null ]
s	([a-c])*(()[]a]+|a?$|.[[:alpha:]])+[]a]	b.cx.	[ "b.cx." ]
m	.{1,1}(\.?[ab](a\.{0,1})+|xx?([]a]()*)?)	xx	[ "x" null null null ]
s	[-a][-a](()[ab]+|[ab]\.[ab]*+)	xbb	[ "xbb" ]
m	^(\.[[:alpha:]])|([-a]\.(x|[]a]*a[[:alpha:]])){1,2}[[:alpha:]]+	.b	[ ".b" null null ]
s	((b*($)+c|()+)?$)		[ "" [ "" "" null "" ] "" ]
s	((x?|\.*\.)*)		[ "" [ "" "" ] "" ]
s	(c?[]a].|^).	.c	[ "" [ "" ] "c" ]
s	([^a]*[[:alpha:]]|([^a])+)		[ "" ]
s	(([[:alpha:]]*[]a]*)?[[:alpha:]]())[[:alpha:]]+(bb*|[a-c][]a]+a+)+	aacac	[ "aacac" ]
s	([a-c]*.|c{2}[ab]()?)(()*\.*.*|c*b[[:alpha:]])+[a-c]c|()*$\.?()	c	[ "c" [ null null null null "" "" ] "" ]
s	.*|c()**x.	..ax	[ "" [ null ] "" [ null ] "" ]
s	((([-a])?($[]a]?))+a(([-a]|[^a])*))(|(c?([[:alpha:]]+))*)()	cbb	[ "cbb" ]
s	c*.(a|[ab]*$)		[ "" ]
s	((.*[^a]*.)(.)?|([^a][]a])(.)+)	a	[ "" [ "a" "a" null null null ] "" ]
s	[^a](^[ab]+(()[]a][[:alpha:]]+)|xc()+)c*	abbac.	[ "abbac." ]
s	.()*((^)*c*.|x?)*	xaabx	[ "" [ "" "" null ] "" ]
m	(.(b)*()|[-a])\.*(([^a]+)[]a]?|[[:alpha:]]{1,2}a+)*	a.c	[ "a" null "" "c" "c" ]
s	(\.|\.?)(.?()|.)[[:alpha:]]+	c	[ "" [ "" "" "" ] "" ]
s	cx|\.*((xx{1,1})x[[:alpha:]]|x?*)	x.b	[ "" [ "x" null ] "" [ "" null ] "" [ "" null ] "b" [ "" null ] "" ]
s	^(([a-c]|[]a]*)*[[:alpha:]])		[ "" ]
s	(([]a])((){1,2}a|()?.[]a]*)*\.+|(b?()*){1,2}([^a]|(){1,2}))	axccxx	[ "" [ "" null null null null "" "" "" "" ] "a" [ "x" null null null null "" "" "x" null ] "" [ "c" null null null null "" "" "c" null ] "" [ "c" null null null null "" "" "c" null ] "" [ "x" null null null null "" "" "x" null ] "" [ "x" null null null null "" "" "x" null ] "" [ "" null null null null "" "" "" "" ] "" ]
s	((x[]a]c)?|b*)((b(){2}()*|[]a]c\.)(x*)(\.|x*)*)*	c.cc	[ "" [ "" null null null null null null null ] "c" [ "" null null null null null null null ] "." [ "" null null null null null null null ] "c" [ "" null null null null null null null ] "c" [ "" null null null null null null null ] "" ]
s	\.|[ab]^|()+()*$x	xcxcxa	[ "xcxcxa" ]
s	[[:alpha:]]+[a-c][ab]|(a*)*[^a]\.(()\.?)|^\.[]a][ab]	caxax	[ "caxax" ]
s	((xa|b*)[a-c]*|\.\.)	xb.bba	[ "" [ "" "" ] "x" [ "b" "b" ] "" [ "" "" ] "." [ "bba" "bb" ] "" [ "" "" ] "" ]
s	(([[:alpha:]])|(c[^a]+)+[a-c]{0,1})([[:alpha:]]c(\.)*)*\.	b	[ "b" ]
s	[a-c]((ab*[^a])?|([-a])()(){1,1})	ba	[ "" [ "a" null "a" "" "" ] "" ]
s	(x([a-c]c?|\.a+)x)+(a*)|()(\.?[^a])(().|[ab]*[[:alpha:]]?)	cx	[ "" [ null null null "" "c" "x" "" ] "" ]
s	((c*.){1,1}[ab][a-c]|\.{1,1}.{0,1})a?[^a]	aaaa.	[ "" [ "aaa" "a" ] "" ]
s	(([a-c]*c+$|b)*x?^){0,2}	abb	[ "" [ "" null ] "a" [ null null ] "b" [ null null ] "b" [ null null ] "" ]
s	($[-a]|x[^a][]a]{2})[a-c]		[ "" ]
s	((.?b[[:alpha:]])*(c*()+[]a]|[^a][[:alpha:]]?^))?	.	[ "" [ null null null null ] "." [ null null null null ] "" ]
s	(()c){2}.*([[:alpha:]]|.x)|a*.[]a]*	xcab	[ "" [ null null null ] "" [ null null null ] "" [ null null null ] "" ]
m	.(c*x(x+[-a]x?|$)){1,2}	bx	[ "x" "" ]
s	([a-c]([^a][[:alpha:]]+[a-c]{0,1})[a-c])|([a-c]+)b?[ab]{2}[-a]	x	[ "x" ]
s	(.(([ab]*[]a]*){2}){2}|[[:alpha:]]b*((x)|a([]a]()[-a]+)+))*	x	[ "" [ "x" "" "" null null null null ] "" [ null null null null null null null ] "" ]
s	((([ab]?)?)^|[-a]((.[ab])a|a+[-a])+)[]a]$		[ "" ]
s	b((\.{0,2}[]a]())b([^a]*\.^|\.+a))	b	[ "b" ]
s	(a([-a]*)*|(b$)a*)*		[ "" [ null null null ] "" ]
s	((x()x)aa+|(\.*)){1,1}	b.xc	[ "" [ "" null null "" ] "b" [ "." null null "." ] "" [ "" null null "" ] "x" [ "" null null "" ] "c" [ "" null null "" ] "" ]
m	(([a-c]()|(.b)c+\.()*|b{0,1})|[ab]{0,1}[ab]b)(^|(.+|b[-a][a-c])[[:alpha:]])*	c	[ "c" "c" "" null null null null ]
s	.{2}(.a|a[]a])	.xc.x	[ ".xc.x" ]
m	(x{2}[[:alpha:]]+([-a]()*[[:alpha:]]*){0,2}|[a-c]??(^\.+)+(\.)?)+	xxxab	[ "xxxab" null null null null ]
s	.+([]a]*^(b*[[:alpha:]])|([]a]()|\.)+)[a-c]	x	[ "x" ]
s	(([a-c]?.*|b+x?a{2})|[]a])()	acx	[ "" [ "acx" "acx" "" ] "" [ "" "" "" ] "" ]
s	((()*)*()|x)c*a?	bb	[ "" [ "" "" "" "" ] "b" [ "" "" "" "" ] "b" [ "" "" "" "" ] "" ]
s	x+((())(a)*.*)([ab]|([a-c]b)*)?	bx.	[ "b" [ "." "" "" null "" null ] "" ]
s	((x?|\.*\.)*)	x	[ "" [ "x" "" ] "" [ "" "" ] "" ]
s	([ab]()?(\.x*[^a]|[[:alpha:]]))[a-c][^a]*		[ "" ]
s	(c.|()*(x|(b$|a){0,2}$[[:alpha:]]?))+$		[ "" [ "" "" "" null ] "" ]
m	(([ab]?|xc?.?)*([[:alpha:]][^a]a))?[[:alpha:]]	b	[ null null null ]
s	(.|([^a][a-c]a)[ab])	c	[ "" [ "c" null ] "" ]
m	(\.{1,1}a)\.{2}|[^a]*[ab]*	cxc	[ null ]
s	x{1,1}|((()?)|[ab]*)(a*|[[:alpha:]]*)[ab]{1,1}	acxxa	[ "" [ "" "" "" "acxx" ] "" ]
s	(([^a]{2}[^a]){2}|^()*)?	x	[ "" [ "" null "" ] "x" [ null null null ] "" ]
m	(([a-c]*|c{2}[[:alpha:]]+[^a]*)*|([-a]+^)\.$)+	cbb	[ "" "" null ]
s	[[:alpha:]]+[[:alpha:]](x+|b)	ab	[ "ab" ]
s	c{2}\.((x[ab])*([-a]()a*|b)a)	x.ab.	[ "x.ab." ]
m	[a-c]*(()?|\.+x[ab]|$[^a]a+)	a	[ "" "" ]
s	[^a][[:alpha:]]+(([ab]+)[a-c](\.*|[[:alpha:]]c[^a]+)?|(c{1,1}[ab]a{2}|$^x{2}){0,2})	xbx	[ "" [ "" null null null ] "" ]
s	(([^a]?|[a-c])(x+))[^a][[:alpha:]]?	b	[ "b" ]
s	c?x((\.[[:alpha:]]*|b[a-c]+())+|(a*^a{0,2}|.+a{2}[^a]*))	x.	[ "" [ "." "." null null ] "" ]
s	(([-a]*^){1,2}[a-c]?(()([-a]*\.*|x*)*^|a+$)+|[[:alpha:]]*((.[^a])(c+[]a].)[]a]*))	x	[ "" [ "" "" "" "" "" null null null ] "x" ]
s	c+(cc*()*|()*)*(c^)*	x.c.b.	[ "x." [ "" null "" null ] ".b." ]
m	[[:alpha:]]*^((b[^a]*)|.*^[ab](^.[a-c]|c)(()*bc)[]a]?|.+.{2}|(\.([-a][^a]|[^a][]a])?x|[-a][[:alpha:]]|ab()*[^a]|[[:alpha:]]+))	cb	[ "cb" null null null null "cb" null null ]
s	(^[a-c]{0,1}[-a]?|[[:alpha:]])(()c**)()(a*()|([]a]|[ab]x{1,2}[^a]?)*)*	bcbbb	[ "" [ "b" "c" "" "" "" "" null ] "" [ "b" "" "" "" "" "" null ] "" [ "b" "" "" "" "" "" null ] "" [ "b" "" "" "" "" "" null ] "" ]
s	(c*[^a]{1,1}|(a*))\.?	b.aca	[ "" [ "b" null ] "" [ "a" "a" ] "" [ "c" null ] "" [ "a" "a" ] "" [ "" "" ] "" ]
s	[[:alpha:]]*^((b[^a]*)|.*^[ab](^.[a-c]|c)(()*bc)[]a]?|.+.{2}|(\.([-a][^a]|[^a][]a])?x|[-a][[:alpha:]]|ab()*[^a]|[[:alpha:]]+))	..b	[ "" [ "..b" null null null null null null null ] "" ]
s	(b?)c([a-c]|(){2}\.[^a]*bc[[:alpha:]]*|[[:alpha:]]*)+	acc	[ "a" [ "" "" null ] "" ]
s	(.$\.|x+)^[[:alpha:]]	aaa	[ "aaa" ]
s	([]a]*|(()|bc([-a]+[-a]|()?a()*)))+(^a+[-a])?	ac.a	[ "" [ "" null null null null null null ] "" [ "" null null null null null null ] "c" [ "" null null null null null null ] "." [ "" null null null null null null ] "" [ "" null null null null null null ] "" ]
s	()*((x[]a][^a]{0,1}|c)*|()(.[^a]{1,2})+\.)*	xxc	[ "" [ "" "" null null null ] "x" [ "" "" null null null ] "x" [ "" "" "c" null null ] "" [ "" "" null null null ] "" ]
s	(()([^a][[:alpha:]]{1,1}^)+|[^a]{1,1}a*)(([[:alpha:]]?()|b*))	ac	[ "a" [ "c" null null "" "" "" ] "" ]
s	([a-c]([^a][[:alpha:]]+[a-c]{0,1})[a-c])|([a-c]+)b?[ab]{2}[-a]	.c	[ ".c" ]
m	(()*()[^a]|()a[^a]{0,2}|[[:alpha:]][]a][a-c]|()b[-a])+	xc	[ "c" "" "" null null ]
s	[]a](c+[ab]|[[:alpha:]]*(()){0,1}(a()))	b.ca	[ "b.ca" ]
s	c([-a])(^.*[]a]?)*[[:alpha:]]*([^a][[:alpha:]]b)|b(a$[-a])+		[ "" ]
s	$([-a]|[[:alpha:]]x)	bxcx	[ "bxcx" ]
s	((^[[:alpha:]]c+|[[:alpha:]]{1,1}^){0,2}|[]a][a-c]+)*(^\.^()|[^a]^[a-c]([-a]x{2}|[ab]){2}|(.){0,1}([-a])\.*)([ab]{0,1}[^a]*()*)?		[ "" ]
s	(()([-a]^))(b[a-c]|[[:alpha:]])c	xac	[ "xac" ]
s	((\.b+.+|[a-c]*[-a])?[-a]?|a(c*))[^a]		[ "" ]
s	((.[[:alpha:]]*[-a]))?x{2}((cx[^a]|[a-c])^[[:alpha:]])	xa	[ "xa" ]
s	([^a]|c()?)(.b+c|[-a]*)+|[^a][]a]	bxab.a	[ "" [ "b" null "" ] "" [ "x" null "" ] "" [ "b" null "" ] "" [ "." null "" ] "" ]
s	([a-c]|.*[ab]?[ab]*)*(c+|$)*	.bxc	[ "" [ "" "" ] "" [ "" "" ] "" ]
s	(a*[[:alpha:]]+|.[^a]*b|[^a]+)*	b	[ "" [ "b" ] "" [ null ] "" ]
s	x[ab]*(b([]a]*|x^)[]a])	x.cc..	[ "x.cc.." ]
s	(){1,2}([^a]|a[-a]+([a-c]))?(^|x*([-a]b+)){0,2}		[ "" [ "" null null "" null ] "" ]
m	(c+|(c[[:alpha:]]*a|a*)$)*	caa	[ "" "" ]
s	[]a](([]a]([[:alpha:]]|^[ab][a-c])[[:alpha:]])+)	a	[ "a" ]
s	[[:alpha:]](\.|[a-c]()?)(c+)($c)+|[ab]x*[^a]|()?	.cbab	[ "" [ null null null null "" ] "." [ null null null null "" ] "c" [ null null null null "" ] "b" [ null null null null null ] "" [ null null null null "" ] "" ]
s	((b)+(b|ac))*	bb.bx	[ "" [ "bb" "b" "b" ] "" [ null null null ] "." [ null null null ] "b" [ null null null ] "x" [ null null null ] "" ]
s	([-a])+x+(a|[-a])	.acaba	[ ".acaba" ]
s	[]a][]a]a[^a]*[ab]|[ab]([ab]*[-a]^)+[[:alpha:]]{0,1}	x..	[ "x.." ]
s	^b*((([[:alpha:]]b))[-a]|(([^a]^|[]a][^a]+[a-c])(b[^a]*)?[-a])c)+	ccx.x	[ "ccx.x" ]
s	([-a]|(a|x.$))x{0,2}\.+	a.xacx	[ "" [ "a" null ] "xacx" ]
m	[^a]()(.)|b{2}[ab].	..	[ "" "." ]
s	(([[:alpha:]])|(c[^a]+)+[a-c]{0,1})([[:alpha:]]c(\.)*)*\.	...b	[ "...b" ]
s	(([a-c]|()^)([ab]+))	.c	[ ".c" ]
m	[^a]()|[ab]x?()+|(().|a?)[^a][[:alpha:]]*[^a].	xxbx	[ null null "x" "" ]
m	([]a]b|[^a][[:alpha:]]|.)	b	[ "b" ]
s	([^a]+|())[^a]?	bxcbax	[ "" [ "bxcb" null ] "" [ "" "" ] "a" [ "x" null ] "" [ "" "" ] "" ]
s	(c(.+[a-c][[:alpha:]]|[ab])[ab]*)	xa	[ "xa" ]
s	(([[:alpha:]]*[]a]*)?[[:alpha:]]())[[:alpha:]]+(bb*|[a-c][]a]+a+)+		[ "" ]
m	(\.*([a-c][[:alpha:]]?[ab]|[]a]x?[[:alpha:]]*[a-c]+)\.*)([[:alpha:]])?	abxca.	[ "abxca." "abxca" null ]
s	.?|((b)?[a-c]\.*$|[[:alpha:]]x*(()\.*$)|a*[^a]?([ab]?[-a]?c+|[[:alpha:]]a[^a])){0,1}$	xbxbbb	[ "" [ null null null null null ] "" [ null null null null null ] "" [ null null null null null ] "" [ null null null null null ] "" [ "bb" "b" null null null ] "" [ null null null null null ] "" ]
s	((().a|(c[[:alpha:]].|[a-c])[[:alpha:]])(a{2}^([[:alpha:]]+[-a]|[a-c]))|.?)*	bx.xxc	[ "" [ "" null null null null null ] "" [ "" null null null null null ] "" ]
s	((.[ab]{0,1}[[:alpha:]]|[[:alpha:]][-a][-a])*(\.?b)[]a]+)((()[]a]|\.)*)(([[:alpha:]]?\.+))	a..c	[ "a..c" ]
s	((($a[^a])$|(x[]a])())c?[]a])	.axac	[ ".axac" ]
s	c+|.(a[[:alpha:]])?(([]a][-a]+($[^a]|\.*$c)*)([[:alpha:]]x[ab])a{2}|[[:alpha:]])+	bc	[ "" [ null "c" null null null ] "" ]
s	((.+c*|\.)[]a]*+(()\.([-a][]a]+[-a])|[-a])|\.)*	ab.b.x	[ "" [ null null null null null ] "a" [ null null null null null ] "b" [ "." null null null null ] "" [ null null null null null ] "b" [ "." null null null null ] "" [ null null null null null ] "x" [ null null null null null ] "" ]
s	a[a-c]{1,1}([a-c]|[]a]([-a][]a]?))	x	[ "x" ]
s	[-a]()?[a-c][^a]|(\.{2})*ba*x	b	[ "b" ]
s	((x.c{1,2}|a*)*)[^a]+|\.*+	.x	[ "" [ "" "" ] "" [ null null ] "" ]
s	((\.()*)[[:alpha:]].{1,2}|([[:alpha:]]){2})(([ab](b)+^)a*)((.?cb*)?|[]a])	ba.ab	[ "ba.ab" ]
m	([a-c]*|[ab]*)(a)|([ab]b*|([ab]|[ab]$[-a]+))?()		[ null null null null "" ]
s	[a-c][[:alpha:]]*((^[ab]|\.*())c[a-c]|$(.)^|bb.)	bxc..	[ "bxc.." ]
s	(\.[]a]|.)b	b..	[ "b.." ]
s	(([ab]?[]a]|[a-c]{1,1}a*)[-a])	.a	[ ".a" ]
s	((xa|b*)[a-c]*|\.\.)	xabcc	[ "" [ "xabcc" "xa" ] "" [ "" "" ] "" ]
s	([[:alpha:]]\.|b(^[]a])*|[[:alpha:]][a-c])*	..bcx.	[ "" [ null null ] "." [ null null ] "." [ "x." null ] "" [ null null ] "" ]
s	([-a]*|[a-c]?[]a])[ab]?[]a]*	b.cxbb	[ "" [ "" ] "" [ "" ] "." [ "" ] "c" [ "" ] "x" [ "" ] "" [ "" ] "" [ "" ] "" ]
m	((x[ab]|[[:alpha:]]c[^a]))?	cc.	[ "cc." "cc." ]
s	((^)*(c()[ab])?|(()xb?)[^a]*[ab]*)(\.(a\.a|()()$)c*|^(\.*x{0,1}.))		[ "" ]
s	()+([^a](\.x?[a-c]|[^a])x)((x))	c.xxaa	[ "" [ "" "c.x" "." "x" "x" ] "aa" ]
s	(()c){2}.*([[:alpha:]]|.x)|a*.[]a]*	xaax.c	[ "" [ null null null ] "" [ null null null ] "" [ null null null ] "" [ null null null ] "" ]
s	([ab]*)(x(aa*)+xa|$()?^)[a-c]*	xcbx.	[ "xcbx." ]
s	(([-a]|.){0,1}[[:alpha:]]x+|([]a].)*\.+)x	bb	[ "bb" ]
s	.*[-a]$|[^a]c.	ba.a.a	[ "" [ ] "" ]
s	((.|[-a]))	x.....	[ "" [ "x" "x" ] "" [ "." "." ] "" [ "." "." ] "" [ "." "." ] "" [ "." "." ] "" [ "." "." ] "" ]
s	b((\.{0,2}[]a]())b([^a]*\.^|\.+a))	ca	[ "ca" ]
s	[ab](([ab]xb|$a[[:alpha:]]))([]a].$)	a..b	[ "a..b" ]
s	(c+()?)(.*()b+|[ab]c?[a-c][[:alpha:]]|^)		[ "" ]
m	(xc?)*(()([a-c])$|\.(x?bc*|()()[^a])*+\.|b.((()[a-c]a|[-a]{0,2}()b)))*	x	[ "x" null null null null null null null null null null ]
s	[]a]([^a]*|(){0,1}[ab]+(c)?)a	cc.	[ "cc." ]
s	(^a?(ab+.|[ab]+x)?|[-a]([[:alpha:]]\.))	xbaxx.	[ "" [ "" null null ] "xbaxx." ]
s	([-a]((().+)|a?))+([-a][a-c])+	c	[ "c" ]
s	[^a]()(.)|b{2}[ab].	.a.	[ "" [ "" "a" ] "." ]
s	([a-c]|x)+([ab]+)		[ "" ]
m	([a-c]*^(c[ab]*.|[-a]{2})|[]a]?a*[ab])*[^a]*[]a]{0,1}	bbb	[ "b" null ]
m	.*|c()**x.	babcxx	[ null ]
s	$|([]a]|().c){0,1}([a-c][]a]^)a?	.	[ "." [ null null null ] "" ]
s	[]a]c[]a]?|$x*|()[]a]|x+()+[a-c]?(b[]a])*[a-c]+		[ "" [ null null null ] "" ]
s	(x[-a][[:alpha:]]{1,1})*[]a][-a]x|([-a]+\.+$)[]a](x[ab]())	.cbxc	[ ".cbxc" ]
m	([^a]b?(^)|([ab]\.)*(b|x?){1,1})		[ "" null null "" ]
m	.*|c()**x.		[ null ]
m	.*|.{2}|c?(x.)*	cb	[ null ]
m	([[:alpha:]]\.|b(^[]a])*|[[:alpha:]][a-c])*	bb	[ "b" null ]
s	[[:alpha:]]*(((^)([ab][^a]){2}(b)?)*[ab]+|^a)	..ba	[ ".." [ "a" null null null null ] "" ]
s	($([^a]|bc*)x)	ba	[ "ba" ]
s	(.aa|\.{0,1}[[:alpha:]]+(^cc))*x(a)	ac	[ "ac" ]
m	(()([^a][[:alpha:]]{1,1}^)+|[^a]{1,1}a*)(([[:alpha:]]?()|b*))	bc	[ "b" null null "c" "c" "" ]
s	x(([[:alpha:]]|.)|(()a^)()*)(c?(xca)|\.?\.?[ab]?|.*[^a]?+(b[-a]a?|.[-a]*)+)	bxaaa	[ "b" [ "a" "a" null null null "aa" null "a" ] "" ]
s	[-a]($\.*\.|[ab]*|()[]a])	ab	[ "" [ "b" null ] "" ]
m	(\.|a^)*(b)*		[ null null ]
s	([ab](^|a*[ab]))	b.xa.	[ "b.xa." ]
s	((b)([[:alpha:]]b*.)+\.*|\.)*([]a]{0,1})*	xaacaa	[ "" [ null null null "" ] "x" [ null null null "" ] "" [ null null null "" ] "c" [ null null null "" ] "" [ null null null "" ] "" ]
m	.+(([a-c]*|[]a]c))*$	ab.xa	[ "" "" ]
s	[a-c]?[a-c]*((b[]a]{1,2}[[:alpha:]])?|[-a]?([^a]|\.{1,2}x)(..x))?	xbc	[ "" [ "" null null null ] "x" [ "" null null null ] "" [ "" null null null ] "" ]
s	[-a][a-c].|[ab]()	b.xcc	[ "" [ "" ] ".xcc" ]
s	[ab]([]a]a^)|a**	xcax.x	[ "" [ null ] "x" [ null ] "c" [ null ] "" [ null ] "x" [ null ] "." [ null ] "x" [ null ] "" ]
s	[[:alpha:]]*([a-c]+(c|.[[:alpha:]])+|(a*[ab]|b[^a])*)c	xb.c	[ "" [ "b." null "b." ] "" ]
s	\.([a-c]|a*^\.+)	axca	[ "axca" ]
s	((c+)x|\.(c{2}^)([^a])?)[-a]+	xx	[ "xx" ]
m	(.((\.*)))*([-a][]a]*[^a]|.+a(([-a]{0,1})))	cac	[ "c" "" "" "ac" null null ]
s	x{2}(($b?|[^a]?b)?[-a])([[:alpha:]]([-a]x[^a]+))	c	[ "c" ]
s	(\.*()*|[a-c]a^)	ca.	[ "" [ "" "" ] "c" [ "" "" ] "a" [ "." "" ] "" [ "" "" ] "" ]
m	(([]a]*)*())?((\.)*$|[a-c]([-a]|[^a]\.$)?)	.	[ "" "" "" "." "." null ]
s	a*($((c.*)|x*(()a+|.*)*c*)*|([-a][^a](c{1,2}[[:alpha:]])+)*[-a])		[ "" [ "" "" null "" null null null ] "" ]
s	(.[[:alpha:]]{2}[^a]|b(c)b*(^.[-a]*|b*[]a]b*)*|()).[ab]{1,1}|a^	b	[ "b" ]
s	[[:alpha:]]*(x{0,1}a(a?|c{1,1})|ac.)	..xbcx	[ "..xbcx" ]
s	(([]a]|b$)c+)	bxac	[ "bx" [ "ac" "a" ] "" ]
s	([-a]*(x(b|[-a]{1,1}a+a)x+)).+	a	[ "a" ]
s	(^|\.)(c)	c.aac	[ "" [ "" "c" ] ".aac" ]
s	.(([a-c]|c*a?[-a])*){1,2}	b	[ "" [ "" null ] "" ]
s	[[:alpha:]](c*b^){2}.*|([-a]|[-a]$)*([ab]*|a*)+	bbb	[ "" [ null null "" ] "" [ null null "" ] "" ]
s	(($[^a][^a])[^a]c|^(c))[-a]?(b)	ab	[ "ab" ]
s	(([a-c]([[:alpha:]][[:alpha:]]x*)|(c$()|[ab]()\.){1,2}a+)|((x[^a][ab]*|c){1,2})?\.*c)?	a	[ "" [ null null null null null null null null ] "a" [ null null null null null null null null ] "" ]
s	(c[a-c]*|([-a][a-c]{2}c{0,2})+([^a])).*([^a]*(x*)[[:alpha:]])?	b.b	[ "b.b" ]
s	([-a](.c)+|$[[:alpha:]]+([^a]*[^a]*[[:alpha:]]?|[^a]))	ax	[ "ax" ]
s	()[]a]((^[-a][]a]|[ab]a[^a]*)+)+	b	[ "b" ]
s	$([^a]|(x+^$|[]a][[:alpha:]]+)*)	ax	[ "ax" [ "" null ] "" ]
s	(([^a]+(\.|[]a]^b)*)?)([ab]*|[ab]?((.+)?))[]a]		[ "" ]
m	^|.+.+[^a]	axxcc	[ ]
s	[]a]|([a-c][a-c])[a-c]*		[ "" ]
s	(b{2}(.)x*)*((\.\.|[^a]*[-a]?)+|((b*()[[:alpha:]]|()*)?)?)	ccaaa	[ "" [ null null "ccaaa" "" null null null null ] "" [ null null "" "" null null null null ] "" ]
s	((b[[:alpha:]]^|[]a][a-c]^)b)([^a]|()(a[a-c])([]a]^.{0,2}|[^a])){0,1}()	xx	[ "xx" ]
s	().*(a[]a])|.a\.+(c?[]a]c|([]a][ab]?|b){1,1}[-a]|a.)((a.|[^a](x*b+\.)+)()*|((c*+b.+)*a(b)){1,1}){2}	b	[ "b" ]
s	[^a](a|.)[^a]?|b*	ccc.b	[ "" [ "c" ] "" [ "b" ] "" [ null ] "" ]
s	b|$x	acbcc	[ "ac" [ ] "cc" ]
m	$|()[^a]+*\.		[ null ]
s	x|()+*([a-c]?$){0,1}	bcxc.	[ "" [ "" null ] "b" [ "" null ] "c" [ null null ] "" [ "" null ] "c" [ "" null ] "." [ "" "" ] "" ]
s	[]a](([]a][]a]+[[:alpha:]])|()+b|[^a](){1,1}[a-c]*)	ca.a	[ "c" [ ".a" null null "" ] "" ]
s	c{2}a(.?|(()?[]a]?[ab]){1,2}[ab]?)		[ "" ]
s	(()+|[ab][]a]?|x\.?()?)([]a]$)+[ab]*	.	[ "." ]
m	x{0,1}b([a-c]|(^[a-c]+$)[[:alpha:]]*^)|\.{0,1}		[ null null ]
s	(^)(([]a]|[[:alpha:]]*)(^[^a]+[[:alpha:]]*)|$b{1,2})*+[[:alpha:]]	.	[ "." ]
s	((()^a+|[ab]b[]a]*)*)	xc	[ "" [ "" null null ] "x" [ "" null null ] "c" [ "" null null ] "" ]
s	[]a][a-c](([^a]|()[[:alpha:]])*[-a]+[ab]|x)	x	[ "x" ]
m	([^a]*[[:alpha:]]|([^a])+)	cc	[ "cc" null ]
s	((()()|[[:alpha:]][[:alpha:]]*+\.)|([]a]*|b.?c{0,2}))	.	[ "" [ "" "" "" "" null ] "." [ "" "" "" "" null ] "" ]
s	(x(c+))[[:alpha:]]?(c*([^a][]a]{1,1}b{2}|a+x{2}[a-c]+)|c[-a]+)+	a	[ "a" ]
s	((b?b$|a*x(a[-a]*x*|^[ab])+)?)+		[ "" [ "" null null ] "" ]
s	(){2}c(x^)+|[]a]|()[^a]{0,1}()+*([a-c])[[:alpha:]]+		[ "" ]
s	((()?[]a]{2}|^\.)\.[]a]|.)[[:alpha:]]	cbxc	[ "" [ "c" null null ] "" [ "x" null null ] "" ]
s	x+(([ab]+([[:alpha:]][[:alpha:]][-a]|[-a]\.[]a]*)*|\.*)+|([^a]){1,2})*[^a]{2}	c.c	[ "c.c" ]
s	((.$|[[:alpha:]])..|[a-c]b*)((^.^))[-a]*	cx	[ "cx" ]
s	(.[ab]+b)?([ab]+|(c)^a?)([[:alpha:]])		[ "" ]
s	()$|.+[ab][^a]|[]a]?[[:alpha:]]*[]a]	bcbc	[ "" [ null ] "" [ "" ] "" ]
s	([ab](^|a*[ab]))	caa	[ "c" [ "aa" "a" ] "" ]
s	(a*[]a]*[a-c]|[]a]+(bc?)+((b^$|\.x*.*)([]a]b[[:alpha:]]))*)c+.	.xx	[ ".xx" ]
s	\.((())|x[ab][^a]|[]a]?c[a-c])*[^a]{2}	.x	[ ".x" ]
s	(([^a][a-c][-a]|()+[-a]?x?)(^[a?|a*[[:alpha:]]?)|(ac?[[:alpha:]]+))+a	xbb	[ "xbb" ]
s	(()[]a]|([^a]{2}[ab])([^a]+[a-c]))*	a	[ "" [ "a" "" null null ] "" [ null null null null ] "" ]
s	[]a]*((a?|[ab]?)([ab][[:alpha:]]?)*|a){0,1}(a*[ab]{2}|(.ax*)(()?[-a]+[^a]))+	a	[ "a" ]
s	b|c()?[a-c](()*[^a]([]a]?cc)|(a[^a]|.[[:alpha:]]{2}b*)*){0,2}		[ "" ]
s	[[:alpha:]](($()|[^a][a-c][^a]{2})?(b*\.{2})[-a])b*	aab.a	[ "aab.a" ]
s	[ab]?(()(b*($|[[:alpha:]]+c)+([ab]c+[-a]+)))[-a]	b.	[ "b." ]
s	[[:alpha:]]+a([ab]?x?)|ac?()*		[ "" ]
s	(([^a]|a)(()x[^a])[ab])	cx	[ "cx" ]
s	[-a]((\.|[ab]?[[:alpha:]]*))?	x	[ "x" ]
s	[[:alpha:]]((($[[:alpha:]][]a]|[^a]+)[ab]*)([ab])+[ab]{2}|((.[[:alpha:]][-a]*|\.[]a]*){1,1}(a^|c*[[:alpha:]]*[^a])[]a]))[a-c]	c	[ "c" ]
s	()+|[ab]([a-c]a(x[[:alpha:]]{1,1})+)?[ab]	bbx	[ "" [ null null null ] "" [ "" null null ] "x" [ "" null null ] "" ]
s	b(x{2}$|[^a]c{0,1}[ab])^	x.	[ "x." ]
s	x{1,1}|((()?)|[ab]*)(a*|[[:alpha:]]*)[ab]{1,1}	c	[ "c" ]
s	([-a]b|[-a]([-a]+([]a]*()))([a-c])+).+		[ "" ]
s	((([[:alpha:]]{0,1}|.*))+[a-c]*([]a]{2}x*)|b*.\.)[a-c]	aac	[ "" [ "aa" "" "" "aa" ] "" ]
s	(.*)([-a]*(.*x?()|b[[:alpha:]]){1,2}|[^a]?)+	babbb	[ "" [ "babbb" "" "" "" ] "" [ "" "" "" "" ] "" ]
s	^(([-a]|[^a]+[]a]*)*[ab]?(x?[ab])|(\.?())()()|c+\.)(c*|[ab]?)	bc.	[ "" [ "b" null "b" null null null null "c" ] "." ]
s	((()*|.*)?)[[:alpha:]]([ab]b\.)	b.c	[ "b.c" ]
s	.(\.*[^a]|^[ab]*aa)^	cc.ccc	[ "cc.ccc" ]
s	()(\.|^.+($c$))[[:alpha:]]	bx	[ "bx" ]
s	[[:alpha:]]*b*$^[ab]|[a-c][-a]($^)+|[]a][[:alpha:]]++	xca.	[ "xca." ]
s	x([^a]([^a][[:alpha:]]{2})*c|(x[a-c]))+[[:alpha:]]?	c..xa	[ "c..xa" ]
s	[-a]+[[:alpha:]]*(()(a+|a?[^a]+$){0,2})	a...c.	[ "" [ "...c." "" "...c." ] "" ]
s	([ab]|$$)*([]a][ab].?)[-a][[:alpha:]]|([^a][ab]{2}^)*	bcb	[ "" [ null null null ] "b" [ null null null ] "c" [ null null null ] "b" [ null null null ] "" ]
s	$([ab]*|[[:alpha:]]+c*)*	a	[ "a" [ "" ] "" ]
s	([-a]?.+[-a])$\.|[-a]?[^a]*	b.acx	[ "" [ null ] "" [ null ] "" [ null ] "" ]
s	[^a](.^b|^[]a]?)[-a]*	bbb..	[ "bbb.." ]
s	\.+([a-c]|([]a])b)+		[ "" ]
s	([]a](.[ab]+|c[-a]*+))+	xcxbxa	[ "xcxbxa" ]
s	(a|([^a])(b)*[-a])((\.c+c))[]a]*	xa.aca	[ "xa.aca" ]
s	[a-c](a+([ab]*[]a]a*|[^a][a-c])*|($[-a]+){0,1}($))(c+[^a]?|(b*|([]a][^a]{2})){0,2}[^a][^a]?)+	x	[ "x" ]
m	[a-c][a-c]|(x?[[:alpha:]][a-c])**		[ null ]
s	b(()+[a-c]()|^){2}a[-a]|[ab]+(([-a]|a+\.){0,2}(^()|[]a]+))	xb	[ "xb" ]
m	[-a][-a]*((x+[-a]*|[a-c]){0,1}$x)*	aa	[ null null ]
s	(([^a][ab]|a{1,2})[-a][-a]?x?(x{1,2}|[^a]+b?)*|([^a]+[a-c]()?){2})(([]a]|([a-c][]a][^a])\.{1,1}))		[ "" ]
s	(([ab]|[-a][ab]+))	xc	[ "xc" ]
m	\.(\.ab)([]a]x+a?)*|(()[^a]|[]a]bx+)[a-c]*\.	cac.	[ null null "c" "" ]
s	(x.|[ab]+[a-c])?[ab]	.a	[ "." [ null ] "" ]
m	^()(([ab][a-c]()*)|c*([ab]*c+.|[[:alpha:]][ab]))	cx	[ "" "cx" null null "cx" ]
s	([^a](\.x*[[:alpha:]]*|.a)()?)*[ab][ab]	axxx	[ "axxx" ]
s	([ab]ca|()+^[a-c])?[ab]*|\.(\.*x)*	bx	[ "" [ "b" "" null ] "" [ null null null ] "x" [ null null null ] "" ]
s	[[:alpha:]]*(x{0,1}a(a?|c{1,1})|ac.)	cx	[ "cx" ]
s	[]a]*([-a](\.*|a)*.|[]a](.?[^a]+|[-a][-a]+^))	aabxbc	[ "" [ "abxbc" null "bxbc" ] "" ]
s	^a*|.+.*|[]a]+\.([-a][ab]*()|[ab]c?[^a]?)?	cca	[ "" [ null null ] "" ]
s	([^a]c{2}.|c)?		[ "" [ null ] "" ]
s	[-a]?([-a][]a]+|b[[:alpha:]])*+[ab]*	xac	[ "" [ null ] "x" [ null ] "" [ null ] "c" [ null ] "" ]
s	\.[^a]+|[^a][-a](([[:alpha:]]?|\.[]a]\.)|([]a][]a])b)	ab	[ "ab" ]
s	[a-c](()([^a]?))+(x[a-c]()+x|[[:alpha:]]\.{2}a{1,1})*	...c	[ "..." [ "" "" "" null null ] "" ]
m	[[:alpha:]]*([ab][^a]{1,2}(c(){0,1}|a?))[a-c]*	abcbc	[ "bc" "" null ]
s	((().a|(c[[:alpha:]].|[a-c])[[:alpha:]])(a{2}^([[:alpha:]]+[-a]|[a-c]))|.?)*	xaxxba	[ "" [ "" null null null null null ] "" [ "" null null null null null ] "" ]
s	\.(()+[a-c]*(([]a])?[[:alpha:]]?[a-c]{0,2}|\.(){0,1}[-a]{0,2})+|[^a].)	bx	[ "bx" ]
s	xb|[[:alpha:]]+((x[ab]c*|x?c+)?^)	axx	[ "axx" ]
s	$(([[:alpha:]]([a-c]()|[ab]c\.{0,1})*(\.?a))^+|(([^a]+x|$[]a]$)*\.(()[ab]|^.[^a]+){0,1})?a)+	x	ERR
m	x*	.aaaac	null
s	[^a]b((c?)?)	bxab.	[ "bxab." ]
m	.(a([ab])|()+[a-c]**${0,1}a+|([]a]*\.)(.ab?){0,2}b*)	cx.	ERR
s	(bc*|[[:alpha:]][[:alpha:]]{0,2}.a*|([ab]*^?))?[]a]((b+b)x)	x.	ERR
s	^[	x	ERR
m	b*[]a]	abx.x	null
s	[^a]^*	axxxa	ERR
s	$		[ "" [ ] "" ]
m	a?	cxcax	null
m	(([-a]a*)*(b)([a-c]|[ab]a[-a]?))([a-c]*b)*|[ab]?[]a]	aacx.	null
s	b$+[]a]+	cax	ERR
m	([]a]*+)	a.c.ac	null
s	\.[[:alpha:]]*a	c	[ "c" ]
s	((c?.?)+\.*$*)()(([[:alpha:]]*[a-c].|\.b)|ax(){0,2})	..	ERR
s	($*(a)+([^a]*[a-c]{0,2})*|([]a]{1,1})(^*[^a]+[ab])*[^a])$*\.	c.cx	ERR
m	b	xbxx	null
s	.[ab]*([^a])?	acaba	[ "" [ "c" ] "" [ null ] "" ]
m	a(a?c^)*\.|c)([]a]?cc^|(b[-a]|[]a]){2}	.ab	ERR
m	([a-c]|b+)?	xa	null
m	x	..cb	null
s	[]a]	x.	[ "x." ]
s	(^*(c{1,2})*|(()?)b)((b*^))	xbc	ERR
m	((b*($)+c|()+)?$)	....a	null
s	(a[]a]([[:alpha:]]aa))*b(([]a]*)+bc{0,1}|c*ca+){2,1}	.ac	ERR
m	((x{1,1}[-a]|[ab](x)*$))		null
s	(([ab]){2}(x[[:alpha:]][[:alpha:]])){2}	bxxxx	[ "bxxxx" ]
m	[ab]c	b.	null
m	(([ab]{1,|b{0,1})(()*[a-c]+${1,1}|[ab]?[a-c]+c)|(a$[ab]*|x)*x)*[ab]	a	ERR
s	.c	.	[ "." ]
m	[[:alpha:]][]a]*	bc.aaa	null
m	[ab][-a]*	.xaxc	null
s	(\.)	aca	[ "aca" ]
m	a+([]a].)?[^a]*	.baca	null
m	[[:alpha:]][[:alpha:]]$?	cxcb.	ERR
m	(\.).*$	cx.xxc	null
s	x${0,1}	abbx	ERR
s	a*((cx+(.*|[[:alpha:]][[:alpha:]]?))?((a[ab]+|[^a]{0,2}){1,2}[ab]{2,1})^)	.	ERR
m	(([-a]{0,1}[ab]x)+)*(([a-c]$[-a])[]a])[-a]	xc.	null
m	.b	....xb	null
m	b([-a]xa{2})$	aaxaa	null
m	[a-c]*	.xc.b	null
m	a^+([a-c]*^)+\.?|(x?^){0,2}[ab](.[-a]c*|()*)	baxb.a	ERR
m	([-a][ab][]a])*	a.xb	null
m	($([a-c](c[a-c]c*|.)|[]a][^a]*[a-c]*[^a]$+|[-a]*[[:alpha:]]))()[]a]	x.xax	ERR
m	[-a][-a](((()*$?|^[-a])){1,)+		ERR
s	((\.|[ab]*([^a]()[-a])+)([]a]c(b[^a]+\.*)|(\.a[^a])*))($+((^+$[[:alpha:]]?)*(.a?c{2})))*^	xxbaxx	ERR
s	[]a]^	ax	[ "ax" ]
m	(.([[:alpha:]])*([-a]?))?b		null
m	()(\.())+	a..x	null
s	^	....ba	[ "" [ ] "....ba" ]
m	(\.\.c)?^?	ab	ERR
m	[]a][a-c]*((x[a-c]).)	.	null
s	[a-c]{2}(c*($?.[ab]?|$)(^$*|^*[ab]+))	.ax	ERR
m	([]a]+)()		null
m	b?[^a](^{2}|[[:alpha:]])*	xabxa	ERR
m	[^a][[:alpha:]]	ax.c	null
m	xb*	.b.ac	null
m	(c(b?[a-c]+^+)+)(\.$)+([[:alpha:]][^a]{0,1})		ERR
s	[]a]	bbx	[ "bbx" ]
s	$[-a]{0,2}	bc.	[ "bc." [ ] "" ]
s	[]a](()$+|((^{0,1}|[a-c]*b[[:alpha:]])?[[:alpha:]]*|\.+[-a])*[a-c](([[:alpha:]]?\.*[]a])+)?)?	.	ERR
s	^[]a]		[ "" ]
m	x+.	.a	null
s	.*$+(($)b(([ab]b^*|x?[]a]\.)*[-a](.+)|([a-c]?[-a]\.)?[^a](a+){2})+)		ERR
s	bx	bba.	[ "bba." ]
s	^{0,1}c{1,1}	x.c	ERR
s	[]a]?[ab]?	b	[ "" [ ] "" [ ] "" ]
m	($)[[:alpha:]]|([a-c]))^	xa	ERR
s	c+([^a]){1,1}	a	[ "a" ]
s	.[([^a]*b*[]a])?(.*|[a-c]*[ab])|([-a]*[a-c][-a]+)([ab]a[]a])		ERR
s	^	bbxxb.	[ "" [ ] "bbxxb." ]
s	[-a]?(a[^a]*|^a()b([-a]?)|([-a]^[-a]|c[a-c]+c)?x^{0,1})		ERR
s	${1,1}	ax	ERR
m	[-a]	b.bbax	null
s	[a-c]())		ERR
m	(c()((a)|([-a]x))|[-a]|(^x*c|\.{2})(a)+)+((()([-a][[ab]?|c$[-a]))|[[:alpha:]]?)	ba..ab	null
m	([]a]?|([^a])bc\.|$++)	.x	ERR
s	()(([ab]|[-a]?$\.)|([ab]a[-a]){1,)(\.{0,2}[[:alpha:]]?)	cac	ERR
m	b?^	b	null
m	(\.[-a]|([a-c]))*(x[^a])*$)a?^	cbx	ERR
s	(((\.?x[[:alpha:]]){1,2}[]a]([]a].){0,1})[-a]{1,|^$|[a-c]([[:alpha:]])**)(\.([]a]a|.*[a-c]?)*c|.)	.bb	ERR
s	([^a].){0,2}(^*[-a]{1,1}[[:alpha:]])?	.x	ERR
m	(([]a].)(c$)*[-a]|[]a]*[a-c]?)*([ab]*[-a]|c)+c	xbcb	null
s	$*[-a]+	.xaaa	ERR
m	$())(([-a])(|[^a])	.b.b..	ERR
m	[ab]	.ab.	null
m	[]a]+a	..bxb	null
m	()*	baa	null
s	ab?a*	x.	[ "x." ]
m	((.[[:alpha:]]*[-a]))?x{2}((cx[^a]|[a-c])^[[:alpha:]])	bax...	null
m	([]a]([]a]{2}[a-c]b|[]a]+))(())	xc.aa	null
m	^(()[a-c][[:alpha:]]+|a+){2}|[a-c]+(\.[^a]$+)+[-a]	cx.cc	ERR
s	(\.^|([a-c]+[]a]|a+b))^?()	.	ERR
m	a(x+(){1,2}\.|a)*[[:alpha:]]{2}.([]a][]a]*$*|()*c())+|(c+.|[a-c])(c{0,1})[]a]	xab	ERR
m	((a)\.)+.*()		null
s	([^a][ab]$)()x+	b.b.a	[ "b.b.a" ]
s	([-a]){0,1}(c[-a]b*)	.	[ "." ]
s	(^x)[^a]	xb.	[ "" [ "x" ] "." ]
m	[[:alpha:]]b[ab]	.	null
m	$([]a]*)(\.$\.*|[ab])		null
s	([]a]{2}c()+|([ab]{2}|[ab]{2}.*))((^[a-c]).{0,1}[a-c]+\.|\.*|()\.{1,2}$+|\.+)+([-a][[:alpha:]]$.*|[]a][-a]+[]a]*)?	b	ERR
s	([[:alpha:]]$+([-a][]a]*x?)|[[:alpha:]]^?)?x(.)	x	ERR
m	[-a](([ab][-a][[:alpha:]]|[^a]*)(a())()){2}([a-c][^a]{1,2})	x.bacx	null
s	$*	ba.c	ERR
m	(c*^|a[^a]b)?[^a](([ab]+()|\.$*a)\.)+	b.	ERR
m	[a-c]c([^a]?b[^a]*)*	.	null
m	\.+|$(()([]a][]a][]a]{1,2})|(.*|[ab]))*(($+a|[-a]\.[a-c])[a-c]+|([-a][]a]|\.c).)*	bbcc	ERR
s	c?[[:alpha:]]		[ "" ]
s	[-a]((^[]a]|[a-c][^a])[^a]*)()*[^a]|[-a]a*)*	xab.c	ERR
s	(a[ab]*([^a]+a?)+)	bcbxcc	[ "bcbxcc" ]
m	.*\.?b	.acb	[ ]
s	x		[ "" ]
m	\.(([ab]cc)+[]a][[:alpha:]])	ac.	null
m	c(bx*a)*	x	null
s	()a+(c(c[ab]^).)	accbca	[ "accbca" ]
s	(^?[]a]*(([[:alpha:]][a-c]?)*(a*[-a]).?)?)*(^).	bccaca	ERR
m	()?()(\.([]a]|b+()[ab])a)	.xa	null
m	((cx^)(x?[]a]{2}[a-c]|[-a]{1,1}[ab])a)	a	null
s	a	c	[ "c" ]
m	([^a]|.\.?($*))+		ERR
m	(^[[:alpha:]])[-a][]a]|$*(^*c|^$)+[a-c]	x.c	ERR
s	((aa)|([]a]))?(()*|$$)^{2}	.bb	ERR
s	^[^a]	.a	[ "" [ ] "a" ]
m	[]a](){0,2}	c..cxc	null
s	.^()*		[ "" ]
s	((()[[:alpha:]]+($a)|(()?[a-c]){0,2}(.\.a*|()+a+)*)+(([ab]?){2}|a+x+)((^|b*b)*)|.)([]a]([]a]([-a]*)(^+[^a]))|[]a][-a]|[-a](a+)(^[a-c]{2}[]a]|b?)*)*	.a	ERR
m	.{0,2}^([a-c]+)	a	[ "a" ]
m	$())(([-a])(|[^a])	xca.a	ERR
m	(){0,1}[^a](([a-c]?b|x))	..	null
m	[ab]*()?b	ccb	null
s	a+[a-c]	cacax.	[ "c" [ ] "ax." ]
m	(([]a]*()|[]a]+[]a])(\.))[]a]\.{0,1}	.	null
m	[a-c]{2}(a)	.cbx.	null
m	c	b.	null
m	(([[:alpha:]][a-c]?$+)*|($*()?[a-c]|^c[ab])([]a]$+|.*()c){1,1}(a[-a]*|[a-c]{0,2})*).	c	ERR
s	c()	caa.b	[ "" [ "" ] "aa.b" ]
s	[a-c]*+.[a-c]		[ "" ]
s	c{1,2}(([ab]+x[ab]+|[^a]b[ab]{1,1})?[a-c]$|c$?a*)()(([[:alpha:]])a[-a]|$+([^a]?()))	a	ERR
s	[-a]^	.aa	[ ".aa" ]
s	[^a]?a$*	cbxb	ERR
m	a^()([]a]+$)|(a)?([ab]^+)*	bcbx	ERR
s	xc(($*$|a)([[:alpha:]]{0,1}[[:alpha:]]){0,1}a|([]a]^|b+)?^)|((^[-a]*[ab]+|\.*[a-c]*^)([a-c]{2})[ab]?)^a*{2}^{2}(c|(([ab]|\.x*)|x([ab]()()+|[a-c]*b.)*)((c()[^a]).(\.)))	aa.x	ERR
m	(c|[a-c].+[^a])	x.	null
s	bb?(()(^+.[^a]*|^*)+|()[[:alpha:]]?.|xc?)*	xaacaa	ERR
m	[[:alpha:]]*[a-c][[:alpha:]]	ab.c	null
s	x*$(($\.*|b+[ab]*){0,1}c+(x{1,2}\.${2})*|(\.|x[-a][ab]+))		ERR
s	()	c.x	[ "" [ "" ] "c" [ "" ] "." [ "" ] "x" [ "" ] "" ]
s	[ab](([]a][a-c].{1,1})*.)*		[ "" ]
s	([^a][ab]$)()x+		[ "" ]
m	([ab]x)*	xc	null
s	a*[[:alpha:]]*		[ "" [ ] "" ]
m	a[ab]+	b.	null
m	b{1,1}	cc..a	null
s	x{2}	axxx.	[ "a" [ ] "x." ]
m	[-a]	xb.ac.	null
s	()\.(c{0,2}[[:alpha:]][^a])		[ "" ]
m	[a-c](([a-c]|aa?[[:alpha:]]{0,2}|([-a]\.)[^a]*^[^a]|.x).([a-c]|\.()?)[a-c]|b[a-c]*)	a.c	null
m	$	abxcc	null
s	b		[ "" ]
m	a+		null
m	a*$|\.	xb	null
s	c	ab	[ "ab" ]
s	x+(c*([-a][^a][]a])(|[^a])[]a]|[-a][^a]*|x.*^*()+|[[:alpha:]]{2}([^a]*a|([ab]|()?[[:alpha:]]*())+(()+)+(){2})?(([[:alpha:]][^a][[:alpha:]]|()*$+)([-a]|[^a].*x)*|(b*[ab]?)))\.	xxx..c	ERR
m	[a-c](([[:alpha:]]+|x{0,2})b+[ab])	b	null
m	([]a])|a(c$|[ab]a)([^a]?$*^){2}	ababba	ERR
m	([]a])+	a.	null
m	([a-c]+)[-a]	xbcb	null
m	(bb?(a[]a]+|$[a-c]*)+)		null
m	b(()a)[[:alpha:]]+	cbc	null
m	^+.	..cxx	ERR
s	([-a][((.c?[-a]+)[]a][-a]))[[:alpha:]]		ERR
m	$	x	null
m	((()|(b)*c))	aca.	null
m	c(([ab]+c+[-a]|[ab])|x\.^)*|^*\.	.cb	ERR
m	[]a][a-c][a-c]	c	null
s	[[:alpha:]][^a]?([-a]x[a-c]*)|[[:alpha:]]|b*[ab]{0,2}*(())*(${2,1}[a-c]?[a-c])?	.b	ERR
s	()+	.bxc.c	[ "" [ "" ] "." [ "" ] "b" [ "" ] "x" [ "" ] "c" [ "" ] "." [ "" ] "c" [ "" ] "" ]
m	(a{2}(c*)c{1,1})(())	c..	null
s	$	.cxx.a	[ ".cxx.a" [ ] "" ]
m	(.\.\.*)?(()|()?(\.b{0,2}[^a]|[]a]){2}\.+)?	xbb	null
m	((.[-a]$))	ccax	null
s	$+c+	..cax	ERR
m	[^a]	bx	null
s	(((^+)*($|^c.{1,2})?x|[[:alpha:]]{1,1}[]a])b|.**)(($*(x*()*|[a-c]*[[:alpha:]])|$?([]a]a))[ab]|[]a])*	baxb	ERR
m	(($*a)(x*x{0,2}|[]a]\.c{1,2})[^a])+	x	ERR
m	(()+|\.[ab](.[[:alpha:]]|()*.)){2}[-a]+\.	xxcab.	null
m	[^a]+c[ab]	ccax	null
m	()	cb.	null
m	b*		[ ]
m	(\.{0,2}(.x[-a])(\.*[^a]*|[]a])|(^?.)?)[[:alpha:]]([-a]*$[-a]?|[ab]*)+|[^a]([-a].*)+c+?a?	c	ERR
m	[^a]*	.bx.a	null
m	[^a][ab]{0,1}[[:alpha:]]*	xbx	[ ]
m	[a-c]	axccc	null
s	[[:alpha:]]{0,1}[[:alpha:]]+b+	bax	[ "bax" ]
m	\.{1,2}(().b)*	acaccx	null
s	[a-c]	bcb	[ "" [ ] "" [ ] "" [ ] "" ]
s	[-a]c	c.bc.c	[ "c.bc.c" ]
m	()?	x..ax.	null
m	([[:alpha:]]?($*[^a]\.)[-a]+|(\.)?$\.+)	ab.	ERR
s	([ab].*(()*)*)[^a]?[^a]+	b.c.bb	[ "" [ "b.c.b" "" "" ] "" ]
s	(x+)*	ab	[ "" [ null ] "a" [ null ] "b" [ null ] "" ]
m	[[:alpha:]]+[]a][]a]	.bbbxb	null
s	(^?)((c[-a]*|.*)(x[^a]()|x)*)^		ERR
s	[ab][[:alpha:]]{2}	xcc.cx	[ "xcc.cx" ]
m	[-a]|$x*(\.|($+[]a]*[ab]*)^b)+a	...x	ERR
m	([[:alpha:]]+|())ab	bb.	null
m	[]a]?	a..	null
m	^+(((^[a-c]|b?)){0,2})*	.cc	ERR
m	[[:alpha:]][-a](([-a])[[:alpha:]][${0,2})	xxc.	ERR
m	^[]a]	cb	null
s	x[^a]		[ "" ]
m	[ab]*	a.cax	null
m	([]a]?)*x*	b.c.aa	null
m	(x+([[:alpha:]]$[ab])+|[[:alpha:]]*)+\.([-a])+	aac	null
s	[^a][[:alpha:]]+	.	[ "." ]
m	((bc)+(c|^[a-c]){0,2})((.x+)*\.{0,2})([]a]{0,1}($)([[:alpha:]])*)		null
s	x+c	x.bb	[ "x.bb" ]
m	(^[[:alpha:]]+\.|([]a]*)\.*(c|[^a]x$))[^a]+|[-a]^	.a.x	null
m	[^a]?|[^a]*([-a](\.|[ab]+${1,1}*([a-c]|[^a]a*))$?)	c.	ERR
s	()\.(c{0,2}[[:alpha:]][^a])	axx..x	[ "axx..x" ]
m	\.c	xax.a	null
m	([^a][ab]|c+c)x*		null
m	b([ab][ab]*)	x	null
m	[]a]\.{0,2}		null
s	\.[ab]?	.a	[ "" [ ] "" ]
m	^*b	b.c	ERR
m	[^a]*[a-c]		null
s	([]a]{1,1}[]a](\.*^?)|(a)*)*	a..c	ERR
s	b[]a]c+		[ "" ]
s	[[:alpha:]]*[ab](a(c?)){2}	.caca	[ ".caca" ]
m	(^?c|([]a])*([ab]?(){2}c{1,2}|[-a][[:alpha:]])[[:alpha:]][ab][^a]|[]a]*\.+b*+)*\.*(((){1,2}()$*)(.[ab]*){0,1}|()*(()^$)+c+)*		ERR
m	([]a]+)^{0,1}\.{2}	bxcbax	ERR
m	[]a]{2}	bcxc	null
m	(()+([-a][[:alpha:]]*|[-a]a+[]a]?)|a*|[a-c]^*)	b	ERR
m	b	.x.c	null
s	x(([^a]|[^a][]a](\.))((a+[]a]*.{1,1})?|b{1,1}(x|^+\.[^a]?))(a+a*^))[-a]*	.c	ERR
s	[[:alpha:]][a-c]		[ "" ]
m	()b()?		null
m	^c	.aa	null
s	$[]a]([]a])+	.xbb	[ ".xbb" ]
m	[a-c]+(($.[ab]|\.)(()c?[^a]{1,2}){0,1})+$	.xc	null
m	[^a].{1,2}		null
m	c?[]a]*	xac.ac	null
m	()(c)	c.xc	null
m	[ab]?		[ ]
m	c{2}	cx	null
s	^	bb.	[ "" [ ] "bb." ]
m	[-a]((()|[[:alpha:]]\.c+)?|(^+[-a]+b))?	.c	ERR
s	(^)?(a?[[:alpha:]]a)(()[ab]|(.*.|[[:alpha:]]$*c?)([^a]{2})*[^a][a-c]x*)	x	ERR
m	((^(){1,2}x|\.))[ab]?^+	bb	ERR
m	[a-c]\.([a-c]([^a])+|([[:alpha:]][[:alpha:]]*[-a]+)*(c.){2})*	xa..bb	null
m	[a-c]*	cb.bac	null
m	b{1,2}	bbx.ba	null
m	b	ab	null
s	[-a]b[]a]		[ "" ]
s	[[:alpha:]]c[[:alpha:]]{2}	x	[ "x" ]
s	((a*$)a*|()*([ab][ab]+|[a-c]*x{0,1}b)*|a${1,2}[]a]?)*[[:alpha:]]([]a]*)*	b	ERR
m	([a-c]|(c\.?|x*)*(b[ab]))*a	b.xx	null
s	(a|()?^x)([]a]?|^*b^(^)|\.?)^+	a.x.	ERR
m	([]a]?[^a]?|^+\.+([a-c]$|a{2}c)|(x^()|cb?[^a])*($$))	cxbcc	ERR
s	[-a]?	xaa.c	[ "" [ ] "x" [ ] "" [ ] "" [ ] "." [ ] "c" [ ] "" ]
m	((^()|$[[:alpha:]])[a-c])+	babx	null
s	(^)*^?	bcx	ERR
s	(c(x*[^a]?)+.)+.((()?)*^(\.))		[ "" ]
s	x([-a]xx*)		[ "" ]
s	\.*		[ "" [ ] "" ]
m	[-a]+	acbax.	null
m	[a-c]|b{0,1}	...	null
m	(((b[-a]?|$[[:alpha:]])(.{2}){0,2})[a-c]|.(x*)\.[a-c]{2}|\.+)()	cxc	null
m	a+[a-c]	.xxb	null
m	c[ab][]a]{0,1}|([ab]+a*[ab]+)+[-a]	bac	null
m	[-a]*[^a]?	.bb	null
m	(x)	caa.	null
m	([a-c]+)([ab]\.([ab])|x+.*|((\.c{0,2}()*)|\.(^|()))+([[:alpha:]]?[]a]?))(()|((xb|$))*)	x	null
s	()*		[ "" [ "" ] "" ]
s	(([]a]|\.?[]a]c)[-a]?|\.a)(${2}.|()+a*+c|().())(\.(bx{2})$|\.[ab])	ca	ERR
m	(($*)([a-c]^)+())$	baa	ERR
s	[^a]^[ab]?	ac	[ "ac" ]
s	[-a]$[ab]	a.aab	[ "a.aab" ]
s	[-a]	cxbax.	[ "cxb" [ ] "x." ]
m	[ab]+	x	null
m	[a-c]+	xcb.aa	null
m	c?	acc	null
s	a([a-c]b|(([-a])*${1,2}([]a]?())))	.a	ERR
s	[^a](){0,1}c	.xb	[ ".xb" ]
m	[ab](([]a][a-c].{1,1})*.)*	c.xbx.	null
s	[a-c]a	cxb	[ "cxb" ]
s	c\.((a.?^*|$+$[a-c]*)*|(c))+|[ab][^a]	c.	ERR
s	(.[ab][[:alpha:]])|[ab]|$+*.+b+	c.c...	ERR
s	[ab]?([^a]+($+)c|[]a]([a-c][ab][^a]))?	bbxc..	ERR
m	((x|^[))?(([^a]|[ab]?\.^)b*([^a]a)*)	x.	null
s	b	b	[ "" [ ] "" ]
m	()+(c*c*[a-c])*	cax	null
m	^*()		ERR
m	([]a][^a]|\.[a-c])\.*x*x|\.?b*	c	null
m	(([^a])*[^a])	bc	[ "bc" "b" ]
s	[]a]c|($x)*c??([ab](^*[^a]+)+)	acxxb	ERR
m	(b+()c)	xbacba	null
s	x	ca	[ "ca" ]
"""";
}
