let xs = builtins.genList (i: { i = i; sq = i * i; }) 20; in {
  sum = builtins.foldl' (a: x: a + x.sq) 0 xs;
  last = (builtins.elemAt xs 19).sq;
  names = builtins.attrNames (builtins.listToAttrs (map (x: { name = "n${toString x.i}"; value = x; }) xs));
}
