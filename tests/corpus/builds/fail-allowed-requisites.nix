# allowedRequisites covers the direct reference but not what it refers to: rejected.
let
  base = derivation { name = "base"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo base > $out" ]; };
  mid = derivation { name = "mid"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo ${base} > $out" ]; };
in derivation {
  name = "fail-allowed-requisites";
  system = "x86_64-linux";
  builder = "/bin/sh";
  allowedRequisites = [ mid "out" ];
  args = [ "-c" "echo ${mid} > $out" ];
}
