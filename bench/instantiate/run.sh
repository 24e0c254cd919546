#!/usr/bin/env bash
# Instantiation benchmark: `nix-instantiate packages.nix` (writing every .drv into an empty store) with Nix
# (nix-bin) and Arca side by side on this machine, after checking that both print the same paths and write the
# same store. Prints hyperfine's mean times and the ratio Arca/Nix.
# usage: bench/instantiate/run.sh [COUNT] [--quick]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
count=${1:-20000}; runs=5; [ "${2:-}" = --quick ] && runs=2
"$root/arca" --version >/dev/null          # build once, outside the measurements
arca="$root/.build/bin/nix-instantiate"
nix=$(command -v nix-instantiate) || { echo "nix-instantiate (nix-bin) is required" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 1; }
work=$(mktemp -d); trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
export NIX_STORE_DIR=$work/store NIX_STATE_DIR=$work/state NIX_LOG_DIR=$work/log NIX_CONF_DIR=$work NIX_PATH=
echo 'sandbox = false' > "$work/nix.conf"
# sync: the previous run's writes and the deletion are flushed here, not charged to the next measured command.
fresh="chmod -R u+w $work/store $work/state 2>/dev/null || true; rm -rf $work/store $work/state; sync"

cd "$here"
eval "$fresh"; "$nix" packages.nix --arg count "$count" > "$work/nix.out" 2>/dev/null; ls "$work/store" > "$work/nix.ls"
eval "$fresh"; "$arca" packages.nix --arg count "$count" > "$work/arca.out" 2>/dev/null; ls "$work/store" > "$work/arca.ls"
cmp -s "$work/nix.out" "$work/arca.out" || { echo "arca and nix print different paths" >&2; exit 1; }
cmp -s "$work/nix.ls" "$work/arca.ls" || { echo "arca and nix wrote different stores" >&2; exit 1; }
echo "$(wc -l < "$work/nix.out") derivations printed, $(wc -l < "$work/nix.ls") store objects: identical"

hyperfine -N --runs "$runs" --prepare "sh -c '$fresh'" --export-json "$work/fresh.json" \
  -n nix "$nix packages.nix --arg count $count" -n arca "$arca packages.nix --arg count $count" >/dev/null
# Again with the store already populated (the paths are valid, nothing is written).
hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/warm.json" \
  -n nix "$nix packages.nix --arg count $count" -n arca "$arca packages.nix --arg count $count" >/dev/null
for kind in fresh warm; do
  python3 -c "
import json,sys
r=json.load(open(sys.argv[1]))['results']
tn,ta=r[0]['mean'],r[1]['mean']
print(f'{sys.argv[2]:<6} {sys.argv[3]} derivations: nix {tn*1000:8.0f} ms  arca {ta*1000:8.0f} ms  ratio {ta/tn:5.2f}')
" "$work/$kind.json" "$kind" "$count"
done
