let
  mk = name: attrs: derivation ({ inherit name; system = "x86_64-linux"; builder = "/bin/sh"; } // attrs);
  chain = n: if n == 0 then mk "link-0" { } else mk "link-${toString n}" { prev = chain (n - 1); };
  fetched = mk "fetched" { outputHashMode = "recursive"; outputHash = "sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE="; tool = chain 2; };
  multi = mk "multi" { outputs = [ "out" "dev" ]; };
in mk "top" {
  deep = chain 6;
  src = fetched;
  parts = [ multi.dev multi.out ];
  args' = [ "${multi.dev}/include" ];
  nestedRef = "${mk "inline" { x = "${chain 1}"; }}/bin/inline";
}
