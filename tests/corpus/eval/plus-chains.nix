# Chains of `+`, parsed left-nested ((a + b) + c): each step's result decides the next step's meaning.
let
  s = "store";
  n = 5;
  f = x: "<${x}>";
in {
  strings = [ ("a" + "b" + "c" + "d") (s + "-" + toString n + "." + s) ("x" + f "y" + "z") ("${s}" + s + "${s}") ("" + "" + "") ];
  long = "/nix/store/0123456789abcdefghijklmnopqrstuv-" + s + "-" + toString n + "-and-a-tail-longer-than-thirty-two";
  numbers = [ (1 + 2 + 3) (1 + 2 + 0.5) (0.5 + 1 + 2) (1 + 2.5 + 3) (9223372036854775806 + 1 + 0) ];
  # A path absorbs each string and is normalised after each step, so a trailing slash does not survive into the next.
  paths = [ (/foo + "/a/" + "b") (/foo + "/a" + "/../b") (/foo + "/" + "bar" + "/baz") ];
  interpolated = [ ("${s}-" + "x" + "${toString n}") ("${"a" + "b"}" + "c") ];
  nested = [ (("a" + "b") + ("c" + "d")) ("a" + ("b" + "c") + "d") ];
  tried = [ (builtins.tryEval ("a" + (throw "no") + "c")).success ("p" + toString (builtins.tryEval ("a" + "b" + throw "x")).success + "q") ];
}
