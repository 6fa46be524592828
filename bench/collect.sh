#!/usr/bin/env bash
# Load on `repere collect` with wrk (Debian's `wrk`): sustained events/s and latency percentiles
# on loopback, the database on disk, and the collector's RSS at the start and the end.
#
#   bench/collect.sh [SECONDS] [CONNECTIONS] [BINARY]     # defaults: 60 s, 16 connections, .build/release/repere
#
# The events alternate between page feedback and unanswered searches (bench/collect.lua). The
# rate limit is raised out of the way: wrk is one source.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
connections=${2:-16}
repere=${3:-.build/release/repere}
command -v wrk >/dev/null || { echo "bench/collect.sh: wrk is missing (apt-get install wrk)" >&2; exit 1; }
[ -x "$repere" ] || { echo "bench/collect.sh: $repere is missing (swift build -c release --product repere)" >&2; exit 1; }

work=$(mktemp -d /var/tmp/repere-collect-bench.XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/site"
cat > "$work/site/graph.json" <<'JSON'
{"version": 1, "pages": [{"url": "/"}, {"url": "/aide/inscription/"}, {"url": "/aide/valider/"}], "links": []}
JSON
port=18090
"$repere" collect --db "$work/retours.sqlite" --site "$work/site" --listen "127.0.0.1:$port" \
  --site-origin https://aide.exemple.fr --rate 1000000 --burst 1000000 -q &
pid=$!
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$pid/status"; }
echo "RSS at start: $(rss)"
# RSS once a minute during the run, to see whether memory stays flat.
( for _ in $(seq $((seconds / 60))); do sleep 60; echo "RSS after $((SECONDS / 60)) min: $(rss)"; done ) &
sampler=$!
SECONDS=0
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/collect.lua "http://127.0.0.1:$port"
kill "$sampler" 2>/dev/null || true
echo "RSS at end: $(rss)"
echo "stored: $(sqlite3 "$work/retours.sqlite" 'SELECT (SELECT COUNT(*) FROM feedback) + (SELECT COUNT(*) FROM search)') events"
