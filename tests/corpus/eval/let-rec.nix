let
  a = 1;
  b = a + 1;
  f = x: x * b;
  rec' = rec { x = 1; y = x + 1; z = y * 10; };
  nested = { a.b.c = 1; a.b.d = 2; a.e = 3; };
in { inherit a b; r = rec'; n = nested; v = f 10; s = rec'.z; }
