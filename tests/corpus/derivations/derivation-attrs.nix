let
  d = derivation { name = "attrs"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "out" "doc" ]; extra = "x"; };
in derivation {
  name = "uses-attrs"; system = "x86_64-linux"; builder = "/bin/sh";
  fromDrvAttrs = d.drvAttrs.extra;
  names = builtins.concatStringsSep "," (builtins.attrNames d);
  outputNames = map (o: o.outputName) d.all;
  type = d.type;
  docOut = d.doc.outPath;
  viaAll = builtins.elemAt d.all 1;
}
