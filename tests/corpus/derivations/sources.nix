let
  text = builtins.toFile "greeting.txt" "hello";
  refers = builtins.toFile "refers" "see ${text} and ${./src/hello.txt}";
in derivation {
  name = "sources"; system = "x86_64-linux"; builder = ./src/script.sh;
  file = ./src/hello.txt;
  dir = ./src;
  link = ./src/link-to-hello;
  inherit text refers;
  named = builtins.path { path = ./src; name = "renamed-src"; };
  flat = builtins.path { path = ./src/hello.txt; recursive = false; };
  filtered = builtins.filterSource (path: type: type != "symlink" && baseNameOf path != "script.sh") ./src;
  pathFiltered = builtins.path { path = ./src; filter = path: type: type == "directory" || builtins.match ".*\\.txt" path != null; };
  interpolated = "${./src/sub}/nested.txt";
}
