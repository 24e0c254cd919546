# A chain of dependencies; the last refers to the first two by path.
let
  mk = name: script: derivation { inherit name; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" script ]; };
  a = mk "dep-a" "mkdir $out; echo a > $out/a";
  b = mk "dep-b" "mkdir $out; cat ${a}/a > $out/b; echo b >> $out/b; echo ${a} > $out/ref";
  c = mk "dep-c" "cat ${b}/b > $out; echo ${b} >> $out; echo ${a}";
in [ c b ]
