# A nixpkgs-shaped package set for the instantiation benchmark: `count` packages, each a derivation built from
# a fixed-output source fetch and a handful of earlier packages as inputs (so .drv hashing recurses through a
# deep, shared graph), some with several outputs, with nixpkgs-like environment variables.
{ count ? 20000 }:
let
  system = "x86_64-linux";
  shell = derivation { name = "bootstrap-shell"; inherit system; builder = "/bin/sh"; args = [ "-c" "exit 1" ]; };
  fetch = i: derivation {
    name = "source-${toString i}.tar.gz";
    inherit system;
    builder = "builtin:fetchurl";
    url = "https://example.org/sources/package-${toString i}.tar.gz";
    outputHashMode = "flat";
    outputHashAlgo = "sha256";
    outputHash = builtins.hashString "sha256" "source ${toString i}";
  };
  pkg = i:
    let
      deps = builtins.filter (j: j >= 0) [ (i - 1) (i / 2 - 1) (i / 3 - 1) (i - 17) ];
      inputs = map (j: packages.${"p${toString j}"}) deps;
      multi = i - (i / 5) * 5 == 0;
    in derivation {
      name = "package-${toString i}-1.${toString (i - (i / 10) * 10)}";
      inherit system;
      builder = "${shell}/bin/sh";
      args = [ "-e" "-c" "source $stdenv/setup; genericBuild" ];
      src = fetch (i / 4);
      buildInputs = inputs;
      nativeBuildInputs = map (d: d.dev or d) (builtins.filter (d: d ? dev) inputs);
      outputs = if multi then [ "out" "dev" "doc" ] else [ "out" ];
      configureFlags = [ "--prefix=${builtins.placeholder "out"}" "--enable-feature-${toString i}" "--with-shared" ];
      doCheck = i - (i / 2) * 2 == 0;
      enableParallelBuilding = true;
      meta = "package ${toString i}: a benchmark package with a description of realistic length";
      passthruVersion = "1.${toString i}";
    };
  packages = builtins.listToAttrs (builtins.genList (i: { name = "p${toString i}"; value = pkg i; }) count);
in packages
