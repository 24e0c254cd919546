with builtins; {
  m = map (x: x * 2) [ 1 2 3 ];
  f = filter (x: x > 1) [ 1 2 3 ];
  fo = foldl' (a: b: a + b) 0 (genList (x: x) 100);
  l = length [ 1 2 3 ];
  h = head [ 1 2 ];
  t = tail [ 1 2 3 ];
  e = elemAt [ "a" "b" ] 1;
  el = [ (elem 2 [ 1 2 ]) (elem 5 [ ]) ];
  s = sort (a: b: a < b) [ 3 1 2 5 4 ];
  ss = sort (a: b: a.k < b.k) [ { k = 2; v = "a"; } { k = 1; v = "b"; } { k = 2; v = "c"; } ];
  c = concatLists [ [ 1 ] [ 2 3 ] [ ] ];
  cm = concatMap (x: [ x x ]) [ 1 2 ];
  a = [ (all (x: x > 0) [ 1 2 ]) (any (x: x > 1) [ 1 2 ]) (all (x: x) [ ]) (any (x: x) [ ]) ];
  p = partition (x: x > 2) [ 1 2 3 4 ];
  g = groupBy (x: if x > 2 then "big" else "small") [ 1 2 3 4 ];
  gl = genList (x: x * x) 5;
}
