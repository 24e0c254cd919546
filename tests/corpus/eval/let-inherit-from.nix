let src = { a = 1; b = { c = 2; }; }; in rec {
  inherit (src) a;
  inherit (src.b) c;
  d = a + c;
  x = let inherit (src) b; in b.c;
}
