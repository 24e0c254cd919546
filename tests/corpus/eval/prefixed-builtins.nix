# Non-global builtins are in scope as `__name` too; globals only under their plain name.
[ (__sub 5 3) (__length [ 1 2 ]) (builtins.map (x: x + 1) [ 1 ]) (__typeOf __attrNames) (builtins ? map) ]
