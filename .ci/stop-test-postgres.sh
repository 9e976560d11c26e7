#!/usr/bin/env bash
# Stops and deletes a cluster made by start-test-postgres.sh.
set -uo pipefail
cluster_dir=${1:?usage: stop-test-postgres.sh CLUSTER_DIR}
bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_owner=()
[ "$(id -u)" = 0 ] && as_owner=(runuser -u postgres --)
"${as_owner[@]}" "$bin_dir/pg_ctl" -D "$cluster_dir/data" -m fast -w stop >/dev/null 2>&1
rm -rf "$cluster_dir"
