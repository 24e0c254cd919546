# args: --extra-experimental-features impure-derivations
derivation { name = "impure"; system = "x86_64-linux"; builder = "/bin/sh"; __impure = true; }
