# modes: plain xml  (toJSON prints floats in full precision in latest Nix, with %g in 2.8)
with builtins; {
  bits = [ (bitAnd 12 10) (bitOr 12 10) (bitXor 12 10) ];
  rounding = [ (ceil 1.5) (floor 1.5) (ceil (-1.5)) (floor (-1.5)) (ceil 2) ];
  div = [ (div 7 2) (div (-7) 2) (mul 3 4) (sub 1 2) (add 1.5 2) ];
  floats = [ (1.0 / 3) 1.0e20 1.0e-20 123456.789 0.000001 (0.1 + 0.2) 100.0 ];
  lt = [ (lessThan 1 2) (lessThan 2.5 1) ];
}
