derivation {
  name = "special-strings"; system = "x86_64-linux"; builder = "/bin/sh";
  args = [ "-c" "printf '%s\\n' \"$x\"" "\t\r\n" "" "\\\"" ];
  unicode = "naïve café — ☃ 🎉";
  control = "bell\u0007? no: literal";
  "key with spaces" = "v";
  "é" = "non-ascii key";
  empty = "";
  number = 7; negative = -3; float = 2.5; yes = true; no = false; nothing = null;
  list = [ "a" [ "b" [ ] "c" ] 1 null false true 0.5 ];
  path = ./src/hello.txt;
}
