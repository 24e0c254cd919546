#!/usr/bin/env bash
# Building from an empty store: COUNT trivial derivations (many.nix) with -j2, Arca's nix-build against
# Nix's (nix-bin 2.8), both sandboxed with bubblewrap/Nix's own sandbox and busybox as /bin/sh.
# Every hyperfine run gets a fresh store (--prepare wipes it), so each one evaluates, instantiates,
# builds COUNT derivations and registers them.
# usage: bench/build/run.sh [COUNT] [RUNS]     (defaults 200 and 5)
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd); root=$(cd "$here/../.." && pwd)
count=${1:-200}; runs=${2:-5}
"$root/arca" --version >/dev/null                 # build once, outside the measurements
arca="$root/.build/bin/nix-build"
nix=$(command -v nix-build) || { echo "nix-build (nix-bin) is required" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 1; }
[ -x /usr/bin/bwrap ] && [ -x /bin/busybox ] || { echo "bubblewrap and busybox-static are required" >&2; exit 1; }

work=$(mktemp -d); trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/conf"
printf 'sandbox = true\nbuild-users-group =\nsandbox-paths = /bin/sh=/bin/busybox /bin/busybox\nsubstituters =\n' > "$work/conf/nix.conf"
export NIX_STORE_DIR=$work/store NIX_STATE_DIR=$work/state NIX_LOG_DIR=$work/log NIX_CONF_DIR=$work/conf NIX_PATH=
wipe="chmod -R u+w $work/store $work/state $work/log 2>/dev/null || true; rm -rf $work/store $work/state $work/log"

# Both must produce the same outputs before timing means anything.
eval "$wipe"; a=$("$arca" --no-out-link -j2 "$here/many.nix" --arg count "$count" 2>/dev/null)
eval "$wipe"; n=$("$nix" --no-out-link -j2 "$here/many.nix" --arg count "$count" 2>/dev/null)
[ "$a" = "$n" ] || { echo "Arca's outputs differ from Nix's; not benchmarking a wrong answer" >&2; exit 1; }

hyperfine --runs "$runs" --prepare "$wipe" --export-markdown "$here/results-$count.md" \
  -n "nix-build -j2 ($count derivations)" "$nix --no-out-link -j2 $here/many.nix --arg count $count" \
  -n "arca nix-build -j2 ($count derivations)" "$arca --no-out-link -j2 $here/many.nix --arg count $count"
cat "$here/results-$count.md"
