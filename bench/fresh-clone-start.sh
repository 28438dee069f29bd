#!/usr/bin/env bash
# The first start from a fresh clone, as a new user meets it: `git clone`, then `npm start` (which installs what the
# bot needs with `npm ci --omit=dev`, builds, and starts), timed until the first answer by scripts/first-answer.js.
# Cold: an empty npm cache (a throw-away npm_config_cache: every package is downloaded); warm: the usual cache.
# ROUNDS of each (default 3), alternating; prints each time, the production install's package count and size.
#
#   scripts/with-node.sh 22.23.5 bench/fresh-clone-start.sh [repository, default: this checkout]
set -euo pipefail
repo=${1:-$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)}
rounds=${ROUNDS:-3}
work=$(mktemp -d /tmp/tovholder-fresh-XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "node $(node --version), npm $(npm --version), $(git -C "$repo" rev-parse --short HEAD) of $repo"
for round in $(seq 1 "$rounds"); do
  for kind in cold warm; do
    dir="$work/$kind-$round"
    git clone --quiet "$repo" "$dir"
    cache_env=()
    if [ "$kind" = cold ]; then cache_env=(npm_config_cache="$work/cache-$round"); fi
    line=$(cd "$dir" && env "${cache_env[@]}" node scripts/first-answer.js 2>&1 | grep -E '^first answer|^no 200' || true)
    # npm's record of what it installed (node_modules/.package-lock.json): one key per package directory.
    packages=$(cd "$dir" && node -p "Object.keys(require('./node_modules/.package-lock.json').packages).length" 2>/dev/null || echo '?')
    size=$(du -sm "$dir/node_modules" | cut -f1)
    echo "$kind $round: $line; production install: $packages packages, $size MB"
    rm -rf "$dir" "$work/cache-$round"
  done
done
