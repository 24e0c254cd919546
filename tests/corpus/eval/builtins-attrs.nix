with builtins; let s = { b = 2; a = 1; c = 3; }; in {
  names = attrNames s;
  values = attrValues s;
  get = getAttr "b" s;
  has = [ (hasAttr "a" s) (hasAttr "z" s) ];
  rm = removeAttrs s [ "a" "zz" ];
  inter = intersectAttrs { a = 0; z = 0; } s;
  l2a = listToAttrs [ { name = "x"; value = 1; } { name = "y"; value = 2; } { name = "x"; value = 3; } ];
  ma = mapAttrs (n: v: "${n}=${toString v}") s;
  cat = catAttrs "a" [ { a = 1; } { b = 2; } { a = 3; } ];
  zip = zipAttrsWith (n: vs: vs) [ { a = 1; b = 2; } { a = 3; } ];
  dyn = let k = "key"; in { ${k} = 1; "${k}2" = 2; ${null} = 3; };
}
