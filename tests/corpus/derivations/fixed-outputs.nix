let
  fod = name: attrs: derivation ({ inherit name; system = "x86_64-linux"; builder = "builtin:fetchurl"; url = "file:///dev/null"; } // attrs);
in {
  flatSha256Base16 = fod "flat-sha256" { outputHashAlgo = "sha256"; outputHash = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"; };
  flatSha256Nix32 = fod "flat-sha256-nix32" { outputHashAlgo = "sha256"; outputHash = "1sfdxziarxw8j3p80lvswgpq9i7smdyxmmsj5sjhhgjdjfwjfkdr"; };
  flatSha256Sri = fod "flat-sri" { outputHash = "sha256-uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="; };
  prefixed = fod "prefixed" { outputHash = "sha256:1sfdxziarxw8j3p80lvswgpq9i7smdyxmmsj5sjhhgjdjfwjfkdr"; };
  recursiveSha256 = fod "recursive" { outputHashMode = "recursive"; outputHashAlgo = "sha256"; outputHash = "14r07wnk5h2bl40v1nknwkwrzh5li7z4bl02vcsqh52vxwm08idf"; };
  recursiveSha1 = fod "recursive-sha1" { outputHashMode = "recursive"; outputHashAlgo = "sha1"; outputHash = "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"; };
  sha512Base64 = fod "sha512" { outputHashAlgo = "sha512"; outputHash = "MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw=="; };
  md5 = fod "md5" { outputHashMode = "flat"; outputHashAlgo = "md5"; outputHash = "5eb63bbbe01eeed093cb22bb8f5acdc3"; };
  emptyHash = fod "empty-hash" { outputHashAlgo = "sha256"; outputHash = ""; };
  # Two fetchers of the same content: dependents see only the content hash.
  user = derivation {
    name = "fod-user"; system = "x86_64-linux"; builder = "/bin/sh";
    a = fod "same" { outputHash = "sha256-uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="; url = "https://a"; };
    b = fod "same" { outputHash = "sha256-uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="; url = "https://b"; };
  };
}
