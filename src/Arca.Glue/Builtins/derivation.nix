# Arca's `builtins.derivation`: the lazy wrapper around derivationStrict, defined in Nix as Nix defines it, so that
# its laziness and errors are those of a Nix function. The result is the set of the first output; the set of
# every output is the arguments, every output by name, `all` and `drvAttrs`, plus its own outPath, drvPath,
# type and outputName.
drvAttrs@{ outputs ? [ "out" ], ... }:
let
  strict = derivationStrict drvAttrs;
  forOutput = outputName: {
    name = outputName;
    value = shared // {
      outPath = strict.${outputName};
      drvPath = strict.drvPath;
      type = "derivation";
      inherit outputName;
    };
  };
  byOutput = map forOutput outputs;
  shared = drvAttrs // builtins.listToAttrs byOutput // {
    all = map (entry: entry.value) byOutput;
    inherit drvAttrs;
  };
in
(builtins.head byOutput).value
