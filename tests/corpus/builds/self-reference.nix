# An output that refers to itself, and one that mentions an input only inside a larger binary blob.
let
  input = derivation { name = "input"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo in > $out" ]; };
in derivation {
  name = "self-ref";
  system = "x86_64-linux";
  builder = "/bin/sh";
  args = [ "-c" ''
    mkdir $out
    echo "I live at $out" > $out/where
    ln -s $out/where $out/link-to-self
    { printf '\000\001binary'; printf '%s' ${input}; printf '\377tail'; } > $out/blob
  '' ];
}
