#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster (temp dir, trust auth on 127.0.0.1, a free port) and prints the
# shell lines to use it:  eval "$(bash .ci/start-test-postgres.sh)"  ...  bash .ci/stop-test-postgres.sh "$PATUH_PG_DIR"
set -euo pipefail

bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin_dir/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

cluster_dir=$(mktemp -d /tmp/patuh-pg.XXXXXX)
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

# initdb refuses to run as root: the cluster belongs to the postgres system user then.
as_owner=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$cluster_dir"
  as_owner=(runuser -u postgres --)
fi

"${as_owner[@]}" "$bin_dir/initdb" -D "$cluster_dir/data" -U postgres -A trust --no-sync >"$cluster_dir/initdb.log" 2>&1 \
  || { cat "$cluster_dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bin_dir/pg_ctl" -D "$cluster_dir/data" -l "$cluster_dir/server.log" -w -t 60 start \
  -o "-p $port -k $cluster_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  >/dev/null || { cat "$cluster_dir/server.log" >&2; exit 1; }

echo "export PATUH_PG_DIR=$cluster_dir"
echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
