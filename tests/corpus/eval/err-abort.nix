builtins.tryEval (abort "hard stop")
