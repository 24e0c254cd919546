with builtins; {
  len = [ (stringLength "") (stringLength "abc") (stringLength "é") ];
  sub = [ (substring 1 3 "abcdef") (substring 4 10 "abcdef") (substring 0 0 "x") (substring 10 2 "abc") ];
  sep = concatStringsSep ", " [ "a" "b" "c" ];
  rep = replaceStrings [ "a" "bb" ] [ "x" "y" ] "aabbbc";
  rep2 = replaceStrings [ "" ] [ "-" ] "abc";
  ts = [ (toString 42) (toString true) (toString null) (toString "s") (toString [ "a" "b" ]) ];
  base = [ (baseNameOf "/a/b/c") (baseNameOf "/a/b/") (baseNameOf "x") (dirOf "/a/b/c") (dirOf "/a") (dirOf "a") ];
  m = [ (match "a(b)c" "abc") (match "x" "abc") (match "(a)|(b)" "b") (match "[[:digit:]]+" "123") ];
  sp = [ (split "," "a,b,c") (split "(a)|b" "xaybz") (split "x" "") ];
  ver = [ (compareVersions "1.2.3" "1.2.10") (compareVersions "1.0" "1.0") (compareVersions "2.0pre1" "2.0") ];
  sv = splitVersion "1.2.3-rc4";
  pdn = parseDrvName "hello-world-1.2.3";
  hs = [ (hashString "md5" "abc") (hashString "sha1" "abc") (hashString "sha256" "abc") ];
}
