#!/usr/bin/env bash
# Builds the pinned toxiproxy-server from the Go module proxy into .cache/tools/<version>/ (ignored
# by git) unless it is there already, and prints its path. The toxiproxy tests and .ci/run call it;
# a second call costs nothing. Needs Go (toolchain.md); the module proxy is the only download.
set -euo pipefail
version=v2.12.0
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.cache/tools/toxiproxy-$version"
bin="$dir/toxiproxy-server"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  # GOBIN puts the binary straight into the versioned folder; CGO is off so it is static.
  GOBIN="$dir" CGO_ENABLED=0 GOFLAGS=-mod=mod \
    go install "github.com/Shopify/toxiproxy/v2/cmd/server@$version" >&2
  mv "$dir/server" "$bin"
fi
printf '%s\n' "$bin"
