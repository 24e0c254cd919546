# outputChecks with structured attributes: a maximum size the output exceeds.
derivation {
  name = "fail-structured-max-size";
  system = "x86_64-linux";
  builder = "/bin/sh";
  __structuredAttrs = true;
  outputChecks.out.maxSize = 100;
  args = [ "-c" ''
    out=$(/bin/busybox sed -n "s/^declare -A outputs=(.*\[.out.\]='\([^']*\)'.*/\1/p" $NIX_BUILD_TOP/.attrs.sh)
    i=0; while [ $i -lt 100 ]; do echo padding padding; i=$((i+1)); done > $out
  '' ];
}
