# Several outputs that refer to each other (dev -> out, out -> lib) and to themselves.
derivation {
  name = "multi";
  system = "x86_64-linux";
  builder = "/bin/sh";
  outputs = [ "out" "dev" "lib" ];
  args = [ "-c" ''
    mkdir $out $dev $lib
    echo $lib > $out/uses-lib
    echo $out > $dev/uses-out
    echo $lib/self > $lib/self
  '' ];
}
