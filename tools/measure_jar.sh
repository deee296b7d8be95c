#!/usr/bin/env bash
# Size of each given jar and its start-up time to a rendered login page, measured one after
# the other in one run (README, "Production jar"). Each start gets an empty data folder and its
# own port; "ready" is the first 200 from /login, then headless Chromium must render Vaadin's
# login form there (proof that the production bundle is served).
# Usage: tools/measure_jar.sh [--runs N] JAR...
set -euo pipefail
runs=3
if [[ "${1:-}" == "--runs" ]]; then runs=$2; shift 2; fi
chromium=${CHROMIUM:-/usr/bin/chromium}
echo "cores: $(nproc)"
# Runs alternate between the jars, so a busy moment of the machine does not fall on one jar only.
declare -A times
for run in $(seq 1 "$runs"); do
  for jar in "$@"; do
    data=$(mktemp -d)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    start=$(date +%s%N)
    BORDSPIEGEL_DATA_DIR=$data PORT=$port java -jar "$jar" >"$data/log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
      if ! kill -0 $pid 2>/dev/null; then echo "jar died:"; tail -30 "$data/log"; exit 1; fi
      sleep 0.05
    done
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    dom=$("$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
      --disable-sync --no-first-run --user-data-dir="$data/chromium" --virtual-time-budget=15000 --dump-dom \
      "http://127.0.0.1:$port/login" 2>/dev/null || true)
    rendered=no
    grep -q '<vaadin-login-form' <<<"$dom" && rendered=yes
    kill $pid; wait $pid 2>/dev/null || true
    rm -rf "$data"
    times[$jar]="${times[$jar]:-} $ready"
    echo "$jar run $run: login page answers after ${ready} ms, login form rendered: $rendered"
    [[ $rendered == yes ]] || { echo "login form not rendered"; exit 1; }
  done
done
for jar in "$@"; do
  size=$(stat -c %s "$jar")
  sorted=$(printf '%s\n' ${times[$jar]} | sort -n | tr '\n' ' ')
  median=$(printf '%s\n' ${times[$jar]} | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "JAR $jar: $(( size / 1024 / 1024 )) MiB ($size bytes), start-up to login page median ${median} ms (runs: ${sorted})"
done
