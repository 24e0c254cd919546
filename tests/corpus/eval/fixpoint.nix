# The fixpoint and extension pattern nixpkgs is built on.
let
  fix = f: let x = f x; in x;
  extends = overlay: base: self: let super = base self; in super // overlay self super;
  base = self: { a = 1; b = self.a + 1; c = self.b * 10; };
  overlay = self: super: { a = super.a + 100; d = self.c + 1; };
in fix (extends overlay base)
