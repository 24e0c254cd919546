let
  mk = name: attrs: derivation ({ inherit name; system = "x86_64-linux"; builder = "/bin/sh"; } // attrs);
  inner = mk "inner" { outputs = [ "out" "dev" ]; dep = mk "inner-dep" { }; };
in mk "contexts" {
  whole = inner.drvPath;
  onlyDrv = builtins.unsafeDiscardOutputDependency inner.drvPath;
  noContext = builtins.unsafeDiscardStringContext inner.outPath;
  placeholderOut = builtins.placeholder "out";
  placeholderDev = placeholder "dev";
  outputs = [ "out" "dev" ];
  appended = builtins.appendContext "x" { ${builtins.unsafeDiscardStringContext inner.drvPath} = { outputs = [ "dev" ]; }; };
}
