#!/usr/bin/env bash
# Stops the local trial of deploy/cluster/run-local.sh (the same variables) and deletes its data.
set -uo pipefail
STATE=${BORDSPIEGEL_CLUSTER_DIR:-${TMPDIR:-/tmp}/bordspiegel-cluster}

# Only the processes this trial started, by the ids it wrote down.
for name in haproxy node1 node2; do
    pid_file="$STATE/$name.pid"
    [ -f "$pid_file" ] || continue
    pid=$(cat "$pid_file")
    # A graceful stop: the node says it is not ready, finishes its requests, then ends.
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -9 "$pid" 2>/dev/null
    rm -f "$pid_file"
done

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -f "$STATE/pg/postmaster.pid" ]; then
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STATE/pg" -m fast -w -s stop
    else
        "$PG_BIN/pg_ctl" -D "$STATE/pg" -m fast -w -s stop
    fi
fi
rm -rf "$STATE"
echo "stop: the trial in $STATE is stopped and deleted"
