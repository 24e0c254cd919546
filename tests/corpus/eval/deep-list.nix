# A deeply nested structure printed strictly.
let nest = n: if n == 0 then [ ] else [ (nest (n - 1)) ]; in builtins.length (nest 500)
