# modes: plain xml  (toJSON prints floats in full precision in latest Nix, with %g in 2.8)
# Every literal form and how nix-instantiate prints it.
{
  ints = [ 0 1 42 (-7) 9223372036854775807 ];
  floats = [ 1.5 0.1 2.0 1.0e10 1.0e-5 123456789.0 .5 3.14159265358979 ];
  strings = [ "" "plain" "tab\there" "nl\nline" "quote\"d" "back\\slash" "dollar \${x}" "$" "$$" "é ü 日本" ];
  indented = ''
    first
      indented
    last '''quote ''${not} ''\n
  '';
  bools = [ true false ];
  nul = null;
  uri = http://example.org/foo?bar=1;
  path = ./.;
}
