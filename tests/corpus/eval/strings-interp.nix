let x = "world"; n = 42; in {
  a = "hello ${x}";
  b = "n=${toString n} ${"nested ${x}"}";
  c = ''
    multi ${x}
    line
  '';
  e = toString [ 1 "a" null true false [ 2 [ ] 3 ] ];
  f = toString 1.5;
  g = "esc: \t \" \\ \${x}";
}
