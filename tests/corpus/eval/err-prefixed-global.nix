# A global builtin is in scope under its plain name only: `__map` is undefined, as in Nix.
[ (map (x: x) [ 1 ]) (__map (x: x) [ 1 ]) ]
