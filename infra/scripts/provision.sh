#!/usr/bin/env bash
# Shared provisioning for the README commands: install what this machine kind lacks (as root),
# start dockerd when it is not answering, and build the local images (there is no registry).
# Sourced by up.sh and test.sh; every step is idempotent.

GO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
GO_STATE_DIR="${GO_STATE_DIR:-$GO_ROOT/.grainorchestrator}"

go_log() { printf '==> %s\n' "$*" >&2; }

go_is_root() { [ "$(id -u)" = "0" ]; }

go_find_pg_bin() {
  command -v initdb >/dev/null 2>&1 && return 0
  ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1
}

# Debian packages the cluster and the tests need.
go_ensure_packages() {
  local missing=()
  command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  [ -x /bin/busybox ] || command -v busybox >/dev/null 2>&1 || missing+=(busybox-static)
  go_find_pg_bin || missing+=(postgresql)
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  if ! go_is_root; then
    go_log "missing packages: ${missing[*]} (run as root to install them); continuing without"
    return 0
  fi
  go_log "installing ${missing[*]}"
  # A failed install is reported, not fatal: what needs the package says so itself.
  if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    go_log "could not install ${missing[*]}; continuing without"
  fi
}

# dockerd, started in the background when it does not answer.
go_ensure_dockerd() {
  if docker info >/dev/null 2>&1; then
    return 0
  fi
  if ! command -v dockerd >/dev/null 2>&1 || ! go_is_root; then
    go_log "dockerd is not running and cannot be started here; the docker runtime will be unavailable"
    return 0
  fi
  mkdir -p "$GO_STATE_DIR"
  go_log "starting dockerd (log: $GO_STATE_DIR/dockerd.log)"
  nohup dockerd >"$GO_STATE_DIR/dockerd.log" 2>&1 &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  go_log "dockerd did not answer within 30 s; see $GO_STATE_DIR/dockerd.log"
  return 0
}

# Local images: a busybox image and the pause image, imported from busybox-static.
go_build_images() {
  docker info >/dev/null 2>&1 || return 0
  local busybox
  busybox="$(command -v busybox || echo /bin/busybox)"
  [ -x "$busybox" ] || return 0
  local image
  for image in grainorchestrator/busybox:local grainorchestrator/pause:local; do
    if docker image inspect "$image" >/dev/null 2>&1; then
      continue
    fi
    go_log "building image $image"
    local rootfs
    rootfs="$(mktemp -d)"
    mkdir -p "$rootfs/bin" "$rootfs/tmp" "$rootfs/etc"
    cp "$busybox" "$rootfs/bin/busybox"
    local applet
    for applet in $("$busybox" --list); do
      [ "$applet" = busybox ] || ln -sf busybox "$rootfs/bin/$applet"
    done
    echo "root:x:0:0:root:/:/bin/sh" >"$rootfs/etc/passwd"
    if [ "$image" = grainorchestrator/pause:local ]; then
      # The pause container only holds the pod's namespaces; it exits on SIGTERM.
      tar -C "$rootfs" -c . | docker import \
        -c 'CMD ["/bin/sh","-c","trap \"exit 0\" TERM INT; while :; do sleep 3600 & wait $!; done"]' \
        - "$image" >/dev/null
    else
      tar -C "$rootfs" -c . | docker import -c 'CMD ["/bin/sh"]' - "$image" >/dev/null
    fi
    rm -rf "$rootfs"
  done
}

go_provision() {
  go_ensure_packages
  go_ensure_dockerd
  go_build_images
}
