let obj = { __toString = self: "I am ${self.name}"; name = "obj"; }; drvish = { outPath = "/some/path"; }; in
[ "${obj}" (toString obj) "${drvish}" ({ __functor = self: x: x + self.n; n = 10; } 5) ]
