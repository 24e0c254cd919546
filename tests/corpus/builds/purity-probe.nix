# What the sandbox shows a builder: identity, host name, /etc, the store, the network, the file system root.
derivation {
  name = "purity-probe";
  system = "x86_64-linux";
  builder = "/bin/sh";
  args = [ "-c" ''
    {
    echo "pid=$$"
    id; hostname; uname -n
    cat /etc/passwd /etc/group /etc/hosts
    echo "--- root"; ls /
    echo "--- store"; ls $NIX_STORE
    echo "--- build"; ls -a $NIX_BUILD_TOP; pwd
    echo "--- net"; sed -n '3,$p' /proc/net/dev | cut -d: -f1 | tr -d ' '
    echo "--- home"; ls $HOME 2>&1 || true
    echo "--- usr"; ls /usr 2>&1 || true
    echo "--- tmp writable"; echo x > /tmp/probe && echo yes
    echo "--- umask"; umask
    echo "--- devices"; for d in null zero full random urandom tty; do [ -c /dev/$d ] && echo $d; done
    echo "--- shm"; [ -d /dev/shm ] && echo shm
    echo "--- proc"; [ -r /proc/self/stat ] && echo proc
    echo "--- output"; [ -e $out ] && echo out-exists
    } > $out 2>&1
  '' ];
}
