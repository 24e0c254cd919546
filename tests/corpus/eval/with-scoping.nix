let
  x = "lexical";
  s1 = { x = "with1"; y = "y1"; z = "z1"; };
  s2 = { y = "with2"; };
in with s1; with s2; { inherit x y z; }
