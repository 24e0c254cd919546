# Reference checks that pass: allowed references naming the input and the output itself.
let
  input = derivation { name = "input"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo in > $out" ]; };
in derivation {
  name = "allowed-references-ok";
  system = "x86_64-linux";
  builder = "/bin/sh";
  allowedReferences = [ input "out" ];
  disallowedRequisites = [ ];
  args = [ "-c" "mkdir $out; echo ${input} > $out/in; echo $out > $out/self" ];
}
