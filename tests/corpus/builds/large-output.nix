# A 40 MB output: zero pages, a pattern and text, with a reference buried at the end.
let
  input = derivation { name = "large-input"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo in > $out" ]; };
in derivation {
  name = "large";
  system = "x86_64-linux";
  builder = "/bin/sh";
  args = [ "-c" ''
    mkdir $out
    dd if=/dev/zero of=$out/zeros bs=1048576 count=30 2>/dev/null
    i=0; while [ $i -lt 2000 ]; do echo "line $i of some text that repeats to fill the file up"; i=$((i+1)); done > $out/text
    yes 0123456789abcdefghijklmnopqrstuvwxyz | head -c 10000000 > $out/pattern
    echo ${input} >> $out/pattern
  '' ];
}
