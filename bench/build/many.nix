# COUNT trivial derivations (default 200), each writing one small file; a top-level list of all of them.
# A `salt` argument changes every output path, so each benchmark run starts from nothing to build.
{ count ? 200, salt ? "0" }:
builtins.genList (i: derivation {
  name = "trivial-${toString i}";
  system = "x86_64-linux";
  builder = "/bin/sh";
  args = [ "-c" "echo ${salt}-${toString i} > $out" ];
}) count
