# args: --extra-experimental-features ca-derivations
let
  mk = name: attrs: derivation ({ inherit name; system = "x86_64-linux"; builder = "/bin/sh"; } // attrs);
  floating = mk "floating" { __contentAddressed = true; outputs = [ "out" "dev" ]; };
in {
  inherit floating;
  flat = mk "floating-flat" { __contentAddressed = true; outputHashMode = "flat"; outputHashAlgo = "sha1"; };
  dependent = mk "dependent" { input = floating; dev = "${floating.dev}/include"; };
  transitive = mk "transitive" { input = mk "middle" { input = floating; }; };
}
