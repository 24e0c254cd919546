# <nix/fetchurl.nix>, the fetcher Nix builds into every evaluation: every way of giving the hash, executable and
# unpacked downloads, a name given or taken from the URL, and what the function itself is.
let
  fetchurl = import <nix/fetchurl.nix>;
in
assert builtins.isFunction fetchurl;
assert builtins.functionArgs fetchurl ? url && !(builtins.functionArgs fetchurl).url;
{
  base32 = fetchurl { url = "https://example.org/a.tar.gz"; sha256 = "0000000000000000000000000000000000000000000000000000"; };
  sri = fetchurl { url = "https://example.org/x"; hash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; executable = true; };
  sha1 = fetchurl { url = "https://example.org/y.tar"; sha1 = "0000000000000000000000000000000000000000"; unpack = true; name = "y"; };
  sha512 = fetchurl { url = "mirror://example/z.zip?download=1"; sha512 = builtins.hashString "sha512" "z"; name = "z.zip"; system = "ignored"; };
  md5 = fetchurl { url = "https://example.org/m"; md5 = builtins.hashString "md5" "m"; };
  explicit = fetchurl { url = "https://example.org/e"; outputHash = builtins.hashString "sha256" "e"; outputHashAlgo = "sha256"; };
}
