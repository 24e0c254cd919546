# A small package set without nixpkgs: a data package, a C program compiled with the host's gcc (see
# nix.conf), a package that runs it at build time, a multi-output library of shell functions, and a bundle
# that gathers everything. Build with:
#   NIX_CONF_DIR=$PWD/examples/hello-set arca nix-build examples/hello-set -A bundle
{ system ? "x86_64-linux" }:
let
  busybox = "/bin/busybox";
  mk = name: script: attrs: derivation ({
    inherit name system;
    builder = "/bin/sh";
    args = [ "-c" script ];
  } // attrs);

  self = {
    greeting = mk "greeting-1.0" ''
      ${busybox} mkdir -p $out/share
      echo "Hello from a store path, built by a sandboxed builder." > $out/share/greeting.txt
    '' { };

    hello = mk "hello-1.0" ''
      export PATH=/usr/bin
      mkdir -p $out/bin
      gcc -O2 -Wall -Werror -DGREETING_FILE='"${self.greeting}/share/greeting.txt"' -o $out/bin/hello ${./hello.c}
      strip $out/bin/hello
    '' { };

    # Runs the program inside the sandbox: its output is a build product, and so is the proof that it ran.
    hello-output = mk "hello-output-1.0" ''
      ${self.hello}/bin/hello > $out
    '' { };

    shell-lib = mk "shell-lib-1.0" ''
      ${busybox} mkdir -p $out/lib $doc/share/doc
      echo 'shout() { echo "$*" | ${busybox} tr a-z A-Z; }' > $out/lib/shout.sh
      echo "shout: upper-cases its arguments (lib/shout.sh)" > $doc/share/doc/shell-lib.txt
    '' { outputs = [ "out" "doc" ]; };

    bundle = mk "bundle-1.0" ''
      ${busybox} mkdir -p $out/bin $out/share
      . ${self.shell-lib}/lib/shout.sh
      shout "$(${busybox} cat ${self.hello-output})" > $out/share/shouted.txt
      ${busybox} ln -s ${self.hello}/bin/hello $out/bin/hello
      ${busybox} cp ${self.shell-lib.doc}/share/doc/shell-lib.txt $out/share/
    '' { allowedReferences = [ self.hello ]; };
  };
in self
