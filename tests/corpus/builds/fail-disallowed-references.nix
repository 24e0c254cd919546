# disallowedReferences names an input the output refers to: rejected.
let
  input = derivation { name = "input"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo in > $out" ]; };
in derivation {
  name = "fail-disallowed-references";
  system = "x86_64-linux";
  builder = "/bin/sh";
  disallowedReferences = [ input ];
  args = [ "-c" "echo ${input} > $out" ];
}
