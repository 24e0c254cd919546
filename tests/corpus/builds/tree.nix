# A multi-file tree: nested directories, an executable, a symlink, an empty file and an empty directory.
derivation {
  name = "tree";
  system = "x86_64-linux";
  builder = "/bin/sh";
  args = [ "-c" ''
    mkdir -p $out/bin $out/share/doc/deep/deeper $out/empty
    echo '#!/bin/sh' > $out/bin/hello
    echo 'echo hello' >> $out/bin/hello
    chmod 755 $out/bin/hello
    printf 'line one\nline two\n' > $out/share/doc/README
    : > $out/share/doc/deep/deeper/empty-file
    ln -s ../share/doc/README $out/bin/readme-link
  '' ];
}
