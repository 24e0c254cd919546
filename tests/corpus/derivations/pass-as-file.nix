derivation {
  name = "pass-as-file"; system = "x86_64-linux"; builder = "/bin/sh";
  passAsFile = [ "script" "data" ];
  script = ''
    #!/bin/sh
    echo "multi-line \$value with ''${quotes}"
  '';
  data = builtins.concatStringsSep "\n" (map toString [ 1 2 3 ]);
}
