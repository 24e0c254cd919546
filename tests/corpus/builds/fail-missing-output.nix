# The builder succeeds without producing its second output.
derivation {
  name = "fail-missing-output";
  system = "x86_64-linux";
  builder = "/bin/sh";
  outputs = [ "out" "dev" ];
  args = [ "-c" "echo only out > $out" ];
}
