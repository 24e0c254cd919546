let f = x: x; in [
  (1 == 1) (1 == 1.0) ("a" == "a") ([ 1 [ 2 ] ] == [ 1 [ 2 ] ]) ({ a = 1; } == { a = 1; })
  ({ a = 1; } == { a = 1; b = 2; }) (null == null) (f == f) ([ f ] == [ f ]) (1 == "1") (./. == ./.)
  ({ type = "derivation"; outPath = "x"; a = 1; } == { type = "derivation"; outPath = "x"; a = 2; })
]
