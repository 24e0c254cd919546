# A builder that prints and fails: exit status 100, and no output left behind.
derivation {
  name = "fail-builder";
  system = "x86_64-linux";
  builder = "/bin/sh";
  args = [ "-c" "echo about to fail; mkdir $out; echo partial > $out/x; exit 3" ];
}
