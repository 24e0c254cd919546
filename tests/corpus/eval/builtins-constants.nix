# The primitive values are constants like any other: in scope unprefixed, in `builtins`, and shadowable.
[ builtins.true builtins.false builtins.null (builtins ? true) (builtins ? null) (__typeOf builtins.null)
  (let true = 1; in true) (with { false = 2; }; false) ]
