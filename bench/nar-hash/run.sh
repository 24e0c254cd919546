#!/usr/bin/env bash
# NAR dump + SHA-256 of a generated tree: Arca against Nix (the oracle) and against the machine's SHA-256 speed.
#
#   bench/nar-hash/run.sh [SIZE_MB]      (default 1024; the tree lives in $BENCH_DIR or a temp dir)
#
# Compares, with hyperfine (warm page cache, so this measures CPU, not the disk):
#   arca nix-hash --type sha256 TREE          NAR serialisation + SHA-256 in one process
#   nix-hash --type sha256 TREE               the same in Nix
#   nix-store --dump TREE | sha256sum         Nix's NAR through a pipe
#   arca nix-store --dump TREE | sha256sum    Arca's NAR through a pipe
# and prints `openssl speed sha256` for 16 KiB blocks as the ceiling for any SHA-256 over the same bytes.
# Results go to results-SIZE.md beside this script. Ratios, not absolute times, are what to compare.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
root=$(cd "$here/../.." && pwd)
size_mb=${1:-1024}
dir=${BENCH_DIR:-$(mktemp -d /tmp/arca-bench-nar.XXXXXX)}
tree="$dir/tree-$size_mb"

command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 1; }
command -v nix-hash >/dev/null || { echo "nix-hash (nix-bin) is not installed" >&2; exit 1; }

"$root/arca" --version >/dev/null   # build the CLI before timing anything
arca="$root/.build/arca/arca"

if [ ! -d "$tree" ]; then
  echo "generating a ${size_mb} MiB tree in $tree" >&2
  # 3/4 of the bytes in 64 large files, 1/4 in many small files spread over directories (a source-tree shape).
  python3 - "$tree" "$size_mb" <<'PY'
import os, sys, random
root, size_mb = sys.argv[1], int(sys.argv[2])
rng = random.Random(1)
total = size_mb * 1024 * 1024
os.makedirs(root)
large = total * 3 // 4
chunk = os.urandom(1 << 20)
for i in range(64):
    n = large // 64
    with open(os.path.join(root, f"large-{i:02}.bin"), "wb") as f:
        while n > 0:
            f.write(chunk[:min(n, len(chunk))]); n -= len(chunk)
small = total - large
i = 0
while small > 0:
    d = os.path.join(root, "src", f"d{i // 100:04}")
    os.makedirs(d, exist_ok=True)
    n = min(small, rng.randint(100, 64 * 1024))
    p = os.path.join(d, f"file{i:06}.c")
    with open(p, "wb") as f: f.write(chunk[rng.randint(0, len(chunk) - n - 1):][:n])
    if i % 10 == 0: os.chmod(p, 0o755)
    if i % 50 == 0: os.symlink(f"file{i:06}.c", os.path.join(d, f"link{i:06}"))
    small -= n; i += 1
print(f"{i} small files", file=sys.stderr)
PY
fi

# Same answer first, or the timing means nothing.
a=$("$arca" nix-hash --type sha256 "$tree"); n=$(nix-hash --type sha256 "$tree")
[ "$a" = "$n" ] || { echo "hash mismatch: arca $a, nix $n" >&2; exit 1; }
echo "both hash to $a" >&2

out="$here/results-$size_mb.md"
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "$out" \
  -n "arca nix-hash" "$arca nix-hash --type sha256 $tree" \
  -n "nix-hash" "nix-hash --type sha256 $tree" \
  -n "nix-store --dump | sha256sum" "nix-store --dump $tree | sha256sum" \
  -n "arca nix-store --dump | sha256sum" "$arca nix-store --dump $tree | sha256sum"

{
  echo
  echo "Tree: ${size_mb} MiB ($(du -sb "$tree" | cut -f1) bytes, $(find "$tree" | wc -l) entries); machine: $(nproc) cores."
  echo
  echo '```'
  openssl speed -seconds 2 -bytes 16384 sha256 2>/dev/null | tail -2
  echo '```'
} >> "$out"
cat "$out"
[ -n "${BENCH_DIR:-}" ] || rm -rf "$dir"
