let d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; };
in derivation { name = "x-${d}"; system = "x86_64-linux"; builder = "/bin/sh"; }
