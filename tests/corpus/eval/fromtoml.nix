builtins.fromTOML ''
  title = "TOML"
  [owner]
  name = "x"
  n = 1_000
  f = 3.5
  arr = [ 1, 2, 3 ]
  [[products]]
  name = "a"
  [[products]]
  name = "b"
  inline = { x = 1, y = "z" }
''
