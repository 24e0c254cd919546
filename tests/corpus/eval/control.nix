with builtins; {
  te1 = tryEval (throw "no");
  te2 = tryEval 42;
  te3 = tryEval (assert false; 1);
  seq1 = seq 1 2;
  ds = deepSeq [ 1 2 ] "ok";
  lazy = (x: 1) (throw "never");
  lazyList = length [ (throw "a") (throw "b") ];
  lazyAttr = { a = throw "x"; b = 2; }.b;
  gc = genericClosure { startSet = [ { key = 1; } ]; operator = x: if x.key < 5 then [ { key = x.key + 1; } { key = x.key; } ] else [ ]; };
}
