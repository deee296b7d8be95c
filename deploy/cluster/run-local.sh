#!/usr/bin/env bash
# A local trial of a school board's deployment, all on loopback: a throwaway PostgreSQL, two
# nodes of the jar (with the demo school) and HAProxy in front with sticky sessions.
#   deploy/cluster/run-local.sh        then open http://localhost:18080 (demo logins: README)
#   deploy/cluster/stop.sh             stops everything and deletes the trial's data
# Ports and places can be changed with the variables below; a real deployment adapts
# deploy/haproxy.cfg and deploy/cluster/node.env instead (README, "A school board's cluster").
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
STATE=${BORDSPIEGEL_CLUSTER_DIR:-${TMPDIR:-/tmp}/bordspiegel-cluster}
PROXY_PORT=${PROXY_PORT:-18080}
NODE1_PORT=${NODE1_PORT:-18081}
NODE2_PORT=${NODE2_PORT:-18082}
PG_PORT=${PG_PORT:-15432}
JAR=${BORDSPIEGEL_JAR:-$ROOT/target/bordspiegel.jar}
PROFILES=${BORDSPIEGEL_PROFILES:-demo,postgres}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
# Extra arguments for both nodes, e.g. --bordspiegel.clock.pinned=2026-12-09T10:15
read -r -a NODE_ARGS <<<"${BORDSPIEGEL_NODE_ARGS:-}"

say() { echo "run-local: $*"; }
fail() { echo "run-local: $*" >&2; exit 1; }

[ -e "$STATE/node1.pid" ] && fail "a trial runs already in $STATE: deploy/cluster/stop.sh first"
command -v haproxy >/dev/null || fail "HAProxy is missing: apt-get install -y haproxy"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$PG_BIN/initdb" ] || fail "PostgreSQL is missing: apt-get install -y postgresql"
if [ ! -f "$JAR" ]; then
    say "building $JAR"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi

# PostgreSQL refuses to run as root: under root its binaries run as Debian's postgres user.
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

mkdir -p "$STATE"
# The postgres user must reach its data folder inside.
chmod 755 "$STATE"
rm -rf "$STATE/pg"
mkdir "$STATE/pg"
[ "$(id -u)" = 0 ] && chown postgres "$STATE/pg"
chmod 700 "$STATE/pg"
say "PostgreSQL on 127.0.0.1:$PG_PORT (data in $STATE/pg)"
as_postgres "$PG_BIN/initdb" -D "$STATE/pg" --username=postgres --auth=trust --encoding=UTF8 --no-locale \
    --no-sync >"$STATE/postgres-init.log"
# fsync off: a throwaway trial database, never a real school's.
as_postgres "$PG_BIN/pg_ctl" -D "$STATE/pg" -l "$STATE/pg/server.log" -w -s \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $STATE/pg -c fsync=off" start
as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -q \
    -c "create user bordspiegel password 'bordspiegel'" -c "create database bordspiegel owner bordspiegel"

start_node() {
    local name=$1 port=$2 demo=$3
    say "$name on 127.0.0.1:$port (log $STATE/$name.log)"
    PORT=$port SPRING_PROFILES_ACTIVE=$PROFILES BORDSPIEGEL_CLUSTER=true BORDSPIEGEL_DEMO_ENABLED=$demo \
        DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/bordspiegel" DATABASE_USER=bordspiegel \
        DATABASE_PASSWORD=bordspiegel BORDSPIEGEL_PUBLIC_URL="http://localhost:$PROXY_PORT/" \
        SERVER_ADDRESS=127.0.0.1 \
        nohup java $JAVA_OPTS -jar "$JAR" "${NODE_ARGS[@]}" >"$STATE/$name.log" 2>&1 &
    echo $! >"$STATE/$name.pid"
}

wait_ready() {
    local name=$1 url=$2
    for _ in $(seq 1 600); do
        curl -fs -o /dev/null "$url" && return 0
        if [ -f "$STATE/$name.pid" ] && ! kill -0 "$(cat "$STATE/$name.pid")" 2>/dev/null; then
            fail "$name stopped while starting; see $STATE/$name.log"
        fi
        sleep 0.5
    done
    fail "$name was not ready within 5 minutes; see $STATE/$name.log"
}

# Both nodes start together (Flyway lets one of them migrate); only node 1 may import the demo
# school into the empty database, as two imports at once would make two demo schools.
demo=false
[[ ",$PROFILES," == *,demo,* ]] && demo=true
start_node node1 "$NODE1_PORT" "$demo"
start_node node2 "$NODE2_PORT" false
wait_ready node1 "http://127.0.0.1:$NODE1_PORT/actuator/health/readiness"
wait_ready node2 "http://127.0.0.1:$NODE2_PORT/actuator/health/readiness"

say "HAProxy on 127.0.0.1:$PROXY_PORT (log $STATE/haproxy.log)"
export BORDSPIEGEL_PROXY_BIND="127.0.0.1:$PROXY_PORT"
export BORDSPIEGEL_NODE1="127.0.0.1:$NODE1_PORT" BORDSPIEGEL_NODE2="127.0.0.1:$NODE2_PORT"
haproxy -q -c -f "$ROOT/deploy/haproxy.cfg"
nohup haproxy -db -f "$ROOT/deploy/haproxy.cfg" >"$STATE/haproxy.log" 2>&1 &
echo $! >"$STATE/haproxy.pid"
wait_ready haproxy "http://127.0.0.1:$PROXY_PORT/actuator/health/readiness"

say "ready: http://localhost:$PROXY_PORT (the BORDSPIEGEL_NODE cookie names your node); stop with deploy/cluster/stop.sh"
