# A nixpkgs-shaped package set: thousands of packages written as `{ lib, mkDerivation, dep… }: mkDerivation { … }`,
# composed with callPackage into a fixpoint, extended by overlays (version bumps, overrides), each package with meta,
# passthru and a name derived from its dependencies. The result forces what `nix-env -qa` or a CI evaluation forces:
# every package's name, version, outputs and the identity strings of its whole dependency closure.
{ count ? 5000 }:
let
  lib = import ./lib.nix;
  inherit (builtins) genList toString elemAt length hashString substring concatStringsSep foldl' attrNames;

  # A stand-in for `derivation` that needs no store: the identity is a hash over the inputs, as an output path is.
  mkDerivation = { pname, version, buildInputs ? [ ], nativeBuildInputs ? [ ], meta ? { }, passthru ? { }, ... }@args:
    let
      inputs = buildInputs ++ nativeBuildInputs;
      identity = hashString "sha256" (concatStringsSep ":" ([ pname version ] ++ map (d: d.outPath) inputs));
    in {
      type = "derivation";
      name = "${pname}-${version}";
      inherit pname version meta buildInputs nativeBuildInputs;
      outPath = "/nix/store/${substring 0 32 identity}-${pname}-${version}";
      outputs = [ "out" ] ++ lib.optional (args.separateDebugInfo or false) "debug";
      drvAttrs = removeAttrs args [ "passthru" "meta" ];
    } // passthru;

  # Package i depends on up to four packages with smaller indices, so the graph is a DAG with long chains.
  depsOf = i: if i < 4 then [ ] else [ (i - 1) (i / 2) (i / 3) (i - 4) ];
  pkgName = i: "pkg${toString i}";

  packageFunction = i:
    let deps = depsOf i; in
    lib.setFunctionArgs
      (args: args.mkDerivation {
        pname = pkgName i;
        version = "${toString (i / 100)}.${toString (i - i / 100 * 100)}";
        buildInputs = map (d: args.${pkgName d}) deps;
        nativeBuildInputs = lib.optional (i > 10) args.pkg1;
        separateDebugInfo = i / 7 * 7 == i;
        meta = { description = "Package number ${toString i}"; license = if i / 2 * 2 == i then "mit" else "gpl3"; platforms = [ "x86_64-linux" "aarch64-linux" ]; };
        passthru.tests = { simple = "test-${toString i}"; };
      })
      (builtins.listToAttrs (map (d: { name = pkgName d; value = false; }) (deps ++ [ 1 ])) // { mkDerivation = false; lib = false; });

  basePackages = self:
    let callPackage = lib.callPackageWith (self // { inherit lib mkDerivation; }); in
    builtins.listToAttrs (genList (i: { name = pkgName i; value = callPackage (packageFunction i) { }; }) count);

  overlays = [
    (final: prev: { pkg3 = prev.pkg3.override { }; })
    (final: prev: builtins.listToAttrs (genList (i: let n = pkgName (i * 50); in { name = n; value = prev.${n} // { patched = true; }; }) (count / 50)))
  ];

  pkgs = lib.fix (lib.extends (lib.composeManyExtensions overlays) basePackages);
  names = attrNames pkgs;
in {
  packages = length names;
  closureIds = foldl' (acc: n: let p = pkgs.${n}; in acc + builtins.stringLength (p.outPath + p.name + concatStringsSep "," p.outputs + p.meta.description)) 0 names;
  patched = length (builtins.filter (n: pkgs.${n}.patched or false) names);
  last = pkgs.${pkgName (count - 1)}.outPath;
}
