#!/usr/bin/env bash
# Regenerates the golden .drv files from the oracle (Nix's nix-instantiate) in a throw-away store whose directory
# is fixed (it is part of every hash): the .drv files of shapes.nix and ca.nix and of all their inputs are copied
# into store/, and expected.txt lists, per top-level attribute, its .drv path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=/tmp/arca-golden-drv
rm -rf "$root" && mkdir -p "$root/conf"
echo 'sandbox = false' > "$root/conf/nix.conf"
export NIX_STORE_DIR=$root/store NIX_STATE_DIR=$root/state NIX_LOG_DIR=$root/log NIX_CONF_DIR=$root/conf
cd "$here"
: > expected.txt
for file in shapes.nix ca.nix; do
  for attr in $(nix-instantiate --eval --json -E "builtins.attrNames (import ./$file)" | tr -d '[]"' | tr ',' ' '); do
    drv=$(nix-instantiate --extra-experimental-features 'ca-derivations impure-derivations' "./$file" -A "$attr")
    echo "$file $attr $(basename "${drv%%!*}")" >> expected.txt
  done
done
rm -rf store && mkdir store
cp "$root"/store/*.drv store/
chmod 644 store/*
