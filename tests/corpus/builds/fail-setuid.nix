# Builders cannot create setuid/setgid files: Nix's seccomp filter makes such a chmod fail with EPERM.
derivation {
  name = "fail-setuid";
  system = "x86_64-linux";
  builder = "/bin/sh";
  args = [ "-c" "echo x > $out; chmod 4755 $out" ];
}
