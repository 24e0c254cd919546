let
  f = { a, b ? a + 1, ... }@args: [ a b (args ? c) (builtins.attrNames args) ];
  g = args@{ x, y ? x }: args // { sum = x + y; };
  curried = a: b: c: a + b * c;
  h = { }: "empty";
in {
  r1 = f { a = 1; };
  r2 = f { a = 1; b = 5; c = 0; };
  r3 = g { x = 2; };
  r4 = curried 1 2 3;
  r5 = h { };
  args = builtins.functionArgs f;
}
