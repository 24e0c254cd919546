{
  rel = ./foo/bar;
  parent = ./foo/../baz;
  concat = ./foo + "/bar";
  concat2 = ./. + "/x/y";
  str = "${toString ./foo}";
  dir = dirOf ./foo/bar;
  base = baseNameOf ./foo/bar;
  interp = let x = "file"; in ./dir/${x}.txt;
}
