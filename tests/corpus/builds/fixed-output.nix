# Fixed-output derivations: flat sha256, recursive sha256, flat sha1 and recursive sha512.
let
  fo = name: mode: algo: hash: script: derivation {
    inherit name; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" script ];
    outputHashMode = mode; outputHashAlgo = algo; outputHash = hash;
  };
in [
  (fo "flat" "flat" "sha256" "0d75vbn546fz9d9ip0f03daqhpm99h3fv14ci4afcmk3ir0p2c0c" "echo fixed > $out")
  (fo "rec" "recursive" "sha256" "1fxpi8a4hcvfhih7f4k4a5dwgz8jswixvhnyp9aipgavla03bg1w" "mkdir $out; echo fixed > $out/file")
  (fo "flat-sha1" "flat" "sha1" "zkamzf2n87nq9179cndkwdmg0b7rhry0" "echo fixed > $out")
  (fo "rec-sha512" "recursive" "sha512" "19vdkf1vwh2zq11xb2qdrhjrqqwhhkyp17ynsk7fc2pppdlq3p124jx7h8aqxh59pw40h98jsgmi8q36lsi8l6nh6zi40nqpp0whnvn" "mkdir $out; echo fixed > $out/file")
]
