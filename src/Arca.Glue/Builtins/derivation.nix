# Arca's `builtins.derivation`: the lazy wrapper around derivationStrict, defined in Nix as Nix defines it, so that
# its laziness and errors are those of a Nix function. The result is the set of the first output; the set of
# every output is the arguments, every output by name, `all` and `drvAttrs`, plus its own outPath, drvPath,
# type and outputName.
# Nix writes that as (drvAttrs // outputs // { all; drvAttrs; }) // { outPath; … }; the same union is made here
# with one `//` shared by the outputs and one per output (the two right-hand sets have no name in common), as
# every package of a package set goes through this.
drvAttrs@{ outputs ? [ "out" ], ... }:
let
  strict = derivationStrict drvAttrs;
  withOutputs = drvAttrs // builtins.listToAttrs byOutput;
  all = map (entry: entry.value) byOutput;
  forOutput = outputName: {
    name = outputName;
    value = withOutputs // {
      inherit all drvAttrs outputName;
      outPath = strict.${outputName};
      drvPath = strict.drvPath;
      type = "derivation";
    };
  };
  byOutput = map forOutput outputs;
in
(builtins.head byOutput).value
