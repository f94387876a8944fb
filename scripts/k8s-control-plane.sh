#!/usr/bin/env bash
# Builds the pinned Kubernetes control plane (kube-apiserver, kube-controller-manager,
# kube-scheduler), etcd and kwok from the Go module proxy into .cache/tools/k8s-<versions>/ (ignored
# by git) unless they are there already, and prints that folder. cluster:real, test:cluster, the
# bench and .ci/run call it; with a warm cache it only checks the binaries are there.
#
# The versions live in the go.mod files under tools/k8s/ (one module per component, because
# Kubernetes, etcd and kwok each pin different k8s.io releases and one module would force them onto
# one by minimum version selection). The cold build takes tens of minutes on 2 cores: see
# docs/real-cluster.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mods="$root/tools/k8s"
command -v go >/dev/null 2>&1 || {
  echo "k8s-control-plane: 'go' is not on PATH; install Go (toolchain.md) to build the control plane" >&2
  exit 1
}

# The pinned version of a module as its go.mod requires it.
pinned() { awk -v m="$2" '$1 == m && $2 ~ /^v/ { print $2; exit } $1 == "require" && $2 == m { print $3; exit }' "$mods/$1/go.mod"; }
k8s=$(pinned kubernetes k8s.io/kubernetes)
etcd=$(pinned etcd go.etcd.io/etcd/server/v3)
kwok=$(pinned kwok sigs.k8s.io/kwok)
dir="$root/.cache/tools/k8s-$k8s-etcd-$etcd-kwok-$kwok"
mkdir -p "$dir"

# Static, stripped binaries without local paths; GOFLAGS=-mod=mod lets go.sum fill in what a
# fresh module cache lacks without touching the committed requirements.
build() {
  local module="$1"
  shift
  (cd "$mods/$module" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath -ldflags='-s -w' -o "$dir/" "$@") >&2
}
for bin in kube-apiserver kube-controller-manager kube-scheduler; do
  [ -x "$dir/$bin" ] || build kubernetes "k8s.io/kubernetes/cmd/$bin"
done
[ -x "$dir/etcd" ] || build etcd .
[ -x "$dir/kwok" ] || build kwok sigs.k8s.io/kwok/cmd/kwok
# kwok has no stages of its own: without a config it refuses to start. These are the pinned
# release's fast node and pod stages (what kwokctl installs), taken from the module itself.
if [ ! -s "$dir/kwok-stages.yaml" ]; then
  src=$(cd "$mods/kwok" && GOFLAGS=-mod=mod go list -m -f '{{.Dir}}' sigs.k8s.io/kwok)/kustomize/stage
  for f in node/fast/node-initialize.yaml node/heartbeat/node-heartbeat.yaml \
    pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml; do
    printf -- '---\n'
    cat "$src/$f"
  done >"$dir/kwok-stages.yaml.tmp"
  mv "$dir/kwok-stages.yaml.tmp" "$dir/kwok-stages.yaml"
fi
printf '%s\n' "$dir"
