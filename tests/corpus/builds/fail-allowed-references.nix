# allowedReferences = [] but the output refers to an input: rejected.
let
  input = derivation { name = "input"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo in > $out" ]; };
in derivation {
  name = "fail-allowed-references";
  system = "x86_64-linux";
  builder = "/bin/sh";
  allowedReferences = [ ];
  args = [ "-c" "echo ${input} > $out" ];
}
