let
  dep = derivation { name = "dep"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "out" "lib" ]; };
in derivation {
  name = "structured"; system = "x86_64-linux"; builder = "/bin/sh";
  __structuredAttrs = true;
  outputs = [ "out" "bin" ];
  numbers = [ 1 (-2) 0.1 1.0e30 123456789012 ];  # (integral floats: Nix 2.8 prints 3.0 as 3, latest Nix as 3.0)
  strings = [ "" "tab\there" "quote\"" "back\\slash" "é ☃ 🎉" "\n\r" ];
  nested = { b = { c = null; }; a = true; z = false; };
  deps = [ dep dep.lib "${dep}/bin" ];
  src = ./src/hello.txt;
  outputChecks.out.allowedReferences = [ dep ];
  __ignoreNulls = true;
  dropped = null;
}
