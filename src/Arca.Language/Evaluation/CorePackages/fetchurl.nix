# <nix/fetchurl.nix>: a fixed-output derivation that the builder `builtin:fetchurl` downloads, as Nix provides it
# to every evaluation (nixpkgs' bootstrap tools import it). The derivation it makes must be the one Nix makes,
# attribute for attribute, or the .drv and output paths would differ.
{
  system ? "", # accepted and ignored: the derivation's system is always "builtin"
  url,
  hash ? "", # an SRI hash: its algorithm comes with it, so outputHashAlgo stays empty
  md5 ? "",
  sha1 ? "",
  sha256 ? "",
  sha512 ? "",
  outputHash ? (if hash != "" then hash else if sha512 != "" then sha512 else if sha1 != "" then sha1 else if md5 != "" then md5 else sha256),
  outputHashAlgo ? (if hash != "" then "" else if sha512 != "" then "sha512" else if sha1 != "" then "sha1" else if md5 != "" then "md5" else "sha256"),
  executable ? false,
  unpack ? false,
  name ? baseNameOf (toString url),
  impure ? false,
}:
let
  common = {
    inherit name url executable unpack;
    builder = "builtin:fetchurl";
    system = "builtin";
    # An unpacked or executable download is hashed as a tree (NAR), anything else as the file's bytes.
    outputHashMode = if unpack || executable then "recursive" else "flat";
    urls = [ url ]; # what nix-prefetch-url reads
    preferLocalBuild = true; # fetching elsewhere would only move the bytes twice
    # Has no effect on the builtin builder, but is part of the derivation Nix makes.
    impureEnvVars = [ "http_proxy" "https_proxy" "ftp_proxy" "all_proxy" "no_proxy" ];
  };
  checked = if impure then { __impure = true; } else { inherit outputHash outputHashAlgo; };
in
derivation (common // checked)
