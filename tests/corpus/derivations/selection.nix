# Which values nix-instantiate instantiates: derivations at the top, in lists, and in sets with recurseForDerivations.
let mk = name: derivation { inherit name; system = "x86_64-linux"; builder = "/bin/sh"; };
in {
  a = mk "a";
  notADerivation = 42;
  list = [ (mk "in-list") ];
  hidden = { b = mk "hidden"; };
  shown = { recurseForDerivations = true; c = mk "shown"; deeper = { recurseForDerivations = true; d = mk "deeper"; }; };
  duplicate = mk "a";
}
