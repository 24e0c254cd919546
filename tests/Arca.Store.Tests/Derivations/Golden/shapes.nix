# Derivation shapes whose .drv files the oracle (nix-instantiate) produced for the golden tests;
# regenerate with ./generate.sh. Every attribute is one derivation (inputs are instantiated with it).
let
  sys = "x86_64-linux";
  mk = attrs: derivation ({ system = sys; builder = "/bin/sh"; } // attrs);
  simple = mk { name = "simple"; };
  multi = mk { name = "multi"; outputs = [ "out" "dev" "lib" "doc" ]; };
  fodFlatSha256 = mk {
    name = "fod-flat-sha256";
    outputHashAlgo = "sha256";
    outputHash = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";
  };
  fodRecursiveSha256 = mk {
    name = "fod-recursive-sha256";
    outputHashMode = "recursive";
    outputHashAlgo = "sha256";
    outputHash = "14r07wnk5h2bl40v1nknwkwrzh5li7z4bl02vcsqh52vxwm08idf";
  };
  fodSha1 = mk {
    name = "fod-sha1";
    outputHashAlgo = "sha1";
    outputHash = "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed";
  };
  fodSha512Sri = mk {
    name = "fod-sha512-sri";
    outputHashMode = "recursive";
    outputHash = "sha512-MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw==";
  };
  fodMd5Flat = mk {
    name = "fod-md5";
    outputHashMode = "flat";
    outputHashAlgo = "md5";
    outputHash = "5eb63bbbe01eeed093cb22bb8f5acdc3";
  };
  # Same content hash as fodFlatSha256 under another name: its hash modulo differs only by the path.
  fodSameHash = mk {
    name = "fod-same-hash";
    outputHashAlgo = "sha256";
    outputHash = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";
    url = "file:///somewhere/else";
  };
in {
  inherit simple multi fodFlatSha256 fodRecursiveSha256 fodSha1 fodSha512Sri fodMd5Flat fodSameHash;

  specialChars = mk {
    name = "special-chars";
    args = [ "-c" "echo \"quoted\" \\backslash\\ \n newline \r cr \t tab $HOME \${x}" "" ];
    "weird key \" \\ \n" = "value with \"quotes\"";
    unicode = "café ☃ 🎉 ü";
    empty = "";
    number = 42;
    float = 1.5;
    boolTrue = true;
    boolFalse = false;
    nothing = null;
    list = [ "a" 1 "b c" [ "nested" ] null true false ];
    invalid = builtins.readFile ./invalid-utf8.bin;
  };

  passAsFile = mk {
    name = "pass-as-file";
    passAsFile = [ "big" "other" ];
    big = "a big value\nwith lines";
    other = "x";
  };

  structured = mk {
    name = "structured";
    __structuredAttrs = true;
    outputs = [ "out" "bin" ];
    nested = { a = 1; b = [ true null "s" 1.25 ]; c = { d = "é\n\"q\""; }; };
    emptyList = [ ];
    emptySet = { };
    dep = simple;
    exportReferencesGraph.graph = [ simple ];
  };

  ignoreNulls = mk {
    name = "ignore-nulls";
    __ignoreNulls = true;
    dropped = null;
    kept = "yes";
  };

  nested = mk {
    name = "nested";
    args = [ "-c" "${simple}/bin/x ${multi.dev} ${multi.lib}/lib" ];
    fetched = fodFlatSha256;
    fetchedRecursive = "${fodRecursiveSha256}";
    sameHash = [ fodFlatSha256 fodSameHash ];
    others = [ fodSha1 fodSha512Sri fodMd5Flat ];
    deeper = mk { name = "deeper"; inner = simple; multiOut = multi.doc; };
  };

  deepContext = mk {
    name = "deep-context";
    closure = builtins.unsafeDiscardOutputDependency (mk { name = "inner"; inputs = [ multi.lib simple ]; }).drvPath;
    path = (mk { name = "by-drv-path"; }).drvPath;
  };

  sources = mk {
    name = "sources";
    file = ./source.txt;
    text = builtins.toFile "a-text-file" "refers to ${builtins.toFile "plain" "no references"}";
  };

  placeholder = mk {
    name = "placeholder";
    outputs = [ "out" "dev" ];
    configureFlags = "--prefix=${builtins.placeholder "out"} --dev=${builtins.placeholder "dev"}";
  };

  outputsAsString = mk {
    name = "outputs-string";
    outputs = [ "bin" "out" ];
  };

  fodWithDeps = mk {
    name = "fod-with-deps";
    outputHashMode = "recursive";
    outputHashAlgo = "sha256";
    outputHash = "sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE=";
    tool = simple;
  };
}
