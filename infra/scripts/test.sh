#!/usr/bin/env bash
# Runs the whole test suite (unit, cluster, integration) with the same provisioning as up.sh.
# Integration tests start their own throwaway PostgreSQL; no input is needed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/provision.sh"
go_provision
cd "$GO_ROOT"
# One test module at a time: the integration tests start real processes and PostgreSQL,
# which compete badly with the other modules on a 2-core machine.
exec dotnet test --solution GrainOrchestrator.sln --max-parallel-test-modules 1 "$@"
