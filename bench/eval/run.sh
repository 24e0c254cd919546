#!/usr/bin/env bash
# Evaluation benchmarks, Arca side by side with nix-instantiate (nix-bin) on this machine, in one run:
#   startup   nix-instantiate --eval -E '1+1'
#   modules   a NixOS-shaped lib.evalModules workload (modules.nix)
#   packages  a nixpkgs-shaped package set of thousands of packages (packages.nix)
# Prints hyperfine's mean times, the ratio Arca/Nix, and the peak memory (max RSS) of each.
# usage: bench/eval/run.sh [--quick]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
"$root/arca" --version >/dev/null          # build once, outside the measurements
arca="$root/.build/bin/nix-instantiate"     # the built executable through its argv[0] name, no launcher
nix=$(command -v nix-instantiate) || { echo "nix-instantiate (nix-bin) is required" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 1; }
runs=10; [ "${1:-}" = --quick ] && runs=3
export NIX_PATH= HOME=${TMPDIR:-/tmp}
state=$(mktemp -d); trap 'rm -rf "$state"' EXIT
export NIX_STATE_DIR=$state/state NIX_LOG_DIR=$state/log NIX_CONF_DIR=$state

bench() { # name, args...
  local name=$1; shift
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$state/$name.json" \
    -n nix "$nix $*" -n arca "$arca $*" >/dev/null
  local tn ta
  tn=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['results'][0]['mean'])" "$state/$name.json")
  ta=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['results'][1]['mean'])" "$state/$name.json")
  local mn ma
  mn=$( { /usr/bin/time -f %M "$nix" "$@" >/dev/null; } 2>&1 | tail -1)
  ma=$( { /usr/bin/time -f %M "$arca" "$@" >/dev/null; } 2>&1 | tail -1)
  python3 -c "
import sys
tn,ta,mn,ma=float(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]),int(sys.argv[5])
print(f'{sys.argv[1]:<10} nix {tn*1000:8.1f} ms  arca {ta*1000:8.1f} ms  time ratio {ta/tn:5.2f}   peak RSS nix {mn/1024:7.1f} MiB  arca {ma/1024:7.1f} MiB  ratio {ma/mn:5.2f}')
" "$name" "$tn" "$ta" "$mn" "$ma"
}

cd "$here"
# Both must agree before timing means anything.
for f in "modules.nix --arg count 400" "packages.nix --arg count 20000"; do
  # shellcheck disable=SC2086
  if ! cmp -s <("$nix" --eval --strict $f) <("$arca" --eval --strict $f); then
    echo "$f: Arca's result differs from Nix's; not benchmarking a wrong answer" >&2; exit 1
  fi
done
bench startup --eval -E '1+1'
bench modules --eval --strict modules.nix --arg count 400
bench packages --eval --strict packages.nix --arg count 20000
