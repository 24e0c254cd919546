# modes: plain xml  (toJSON prints floats in full precision in latest Nix, with %g in 2.8)
with builtins; {
  to = toJSON { a = [ 1 2.5 "x" true null ]; b = { c = "q\"u\no\tte"; }; u = "é"; };
  from = fromJSON ''{"a": [1, 2.5, "x", true, null, {"b": -3}], "e": "\u00e9\n", "big": 1e3}'';
  roundtrip = fromJSON (toJSON { x = [ 1 2 3 ]; y = "z"; });
}
