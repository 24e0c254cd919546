# passAsFile: the attributes become files named .attr-<hash> and <name>Path variables.
derivation {
  name = "pass-as-file";
  system = "x86_64-linux";
  builder = "/bin/sh";
  passAsFile = [ "big" "other" ];
  big = "first line\nsecond line with $dollar and 'quotes'\n";
  other = "x";
  plain = "stays in the environment";
  args = [ "-c" ''
    { echo "bigPath=$bigPath"; echo "otherPath=$otherPath"; echo "big=''${big-unset}"; echo "plain=$plain";
      cat $bigPath; cat $otherPath; echo; ls -a $NIX_BUILD_TOP; } > $out
  '' ];
}
