# The builder's whole environment, sorted.
derivation {
  name = "env-dump";
  system = "x86_64-linux";
  builder = "/bin/sh";
  extra = "value with spaces";
  args = [ "-c" "env | sort > $out" ];
}
