builtins.toXML { a = 1; b = [ "x" true null 1.5 ]; c = { d = "e<&>\"'"; }; f = x: x; g = { y ? 1, ... }: y; }
