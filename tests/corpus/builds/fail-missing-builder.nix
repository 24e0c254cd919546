# A builder that does not exist in the sandbox: the build fails (Nix: the child cannot exec it).
derivation {
  name = "fail-missing-builder";
  system = "x86_64-linux";
  builder = "/no/such/builder";
  args = [ ];
}
