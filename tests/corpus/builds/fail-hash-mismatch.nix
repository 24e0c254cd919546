# A fixed-output derivation whose content does not match its declared hash: exit status 102.
derivation {
  name = "fail-hash-mismatch";
  system = "x86_64-linux";
  builder = "/bin/sh";
  args = [ "-c" "echo not what was promised > $out" ];
  outputHashMode = "flat";
  outputHashAlgo = "sha256";
  outputHash = "0d75vbn546fz9d9ip0f03daqhpm99h3fv14ci4afcmk3ir0p2c0c";
}
