{
  arith = [ (1 + 2) (10 - 3) (4 * 5) (20 / 3) (-20 / 3) (1.5 + 1) (3 / 2.0) (-(5)) ];
  cmp = [ (1 < 2) (2 <= 2) (3 > 4) (4 >= 4) (1 == 1.0) ("a" < "b") ([ 1 2 ] < [ 1 3 ]) ("abc" != "abd") ];
  logic = [ (true && false) (true || false) (false -> true) (!true) ];
  update = { a = 1; b = 2; } // { b = 3; c = 4; };
  concat = [ 1 2 ] ++ [ 3 ] ++ [ ];
  strs = "a" + "b" + "${toString 1}";
  has = [ ({ a.b = 1; } ? a.b) ({ } ? x) ({ a = 1; } ? "a") ];
  sel = [ ({ a.b.c = 5; }.a.b.c) ({ }.x or "default") ({ a = { }; }.a.b.c or 7) ];
  precedence = [ (1 + 2 * 3) (2 * 3 - 1) (true || false && false) (-1 - -2) ];
}
