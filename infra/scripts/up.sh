#!/usr/bin/env bash
# Brings up a single-node cluster: provisions the machine, then runs
# `grainorchestrator server` on its embedded PostgreSQL until Ctrl-C.
# Extra arguments go to `grainorchestrator server` (see `--help`).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/provision.sh"
go_provision
cd "$GO_ROOT"
go_log "building grainorchestrator"
dotnet build src/GrainOrchestrator.Host -c Release -nologo -v quiet -o "$GO_ROOT/.grainorchestrator/bin" >/dev/null
go_log "starting: grainorchestrator server --data-dir $GO_STATE_DIR $*"
exec dotnet "$GO_ROOT/.grainorchestrator/bin/grainorchestrator.dll" server --data-dir "$GO_STATE_DIR" "$@"
