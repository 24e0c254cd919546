let
  lib = derivation { name = "lib"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "out" "dev" "man" "doc" ]; };
in {
  inherit lib;
  user = derivation {
    name = "user"; system = "x86_64-linux"; builder = "/bin/sh";
    headers = lib.dev; manual = "${lib.man}/share/man"; all = lib.all; first = lib.outputName;
  };
  devFirst = derivation { name = "dev-first"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "dev" "out" ]; };
}
