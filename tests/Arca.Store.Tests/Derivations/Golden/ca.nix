# Content-addressed shapes (need --extra-experimental-features 'ca-derivations impure-derivations').
let
  mk = attrs: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // attrs);
  floating = mk { name = "floating"; __contentAddressed = true; outputs = [ "out" "dev" ]; };
in {
  inherit floating;
  floatingSha512Flat = mk { name = "floating-sha512"; __contentAddressed = true; outputHashAlgo = "sha512"; outputHashMode = "flat"; };
  dependsOnFloating = mk { name = "depends-on-floating"; input = floating; dev = floating.dev; };
  impure = mk { name = "impure"; __impure = true; };
}
