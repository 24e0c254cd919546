# __structuredAttrs: .attrs.json (with the outputs added) and .attrs.sh in the build directory.
# Nix 2.8 points NIX_ATTRS_*_FILE at the host's build directory (fixed in later Nix, which Arca follows), so
# this case reads the files through $NIX_BUILD_TOP and leaves those two variables out of its dump.
derivation {
  name = "structured";
  system = "x86_64-linux";
  builder = "/bin/sh";
  __structuredAttrs = true;
  outputs = [ "out" "doc" ];
  number = 42;
  fraction = 1.5;
  flag = true;
  off = false;
  nothing = null;
  list = [ 1 "two" true ];
  nested = { a = 1; b = "x y"; };
  deep = { a = { b = 1; }; };
  "not a shell name" = "kept in JSON only";
  quote = "it's";
  args = [ "-c" ''
    mkdir $(/bin/busybox sed -n "s/^declare -A outputs=(.*\[.doc.\]='\([^']*\)'.*/\1/p" $NIX_BUILD_TOP/.attrs.sh)
    out=$(/bin/busybox sed -n "s/^declare -A outputs=(.*\[.out.\]='\([^']*\)'.*/\1/p" $NIX_BUILD_TOP/.attrs.sh)
    { cat $NIX_BUILD_TOP/.attrs.json; echo; cat $NIX_BUILD_TOP/.attrs.sh; env | grep -v NIX_ATTRS_ | sort; } > $out
  '' ];
}
