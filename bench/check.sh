#!/usr/bin/env bash
# Benchmark: `repere check` on a generated French knowledge base, beside Debian's `linkchecker`
# on the site Repère built from the same corpus, in the same run.
#
#   bench/check.sh [N]        N articles (default 10000); needs python3, hyperfine, linkchecker
#
# Corpora come from bench/gen_corpus.py: one with --broken-ratio 0 so `repere build` writes a site
# for linkchecker to crawl, one with 1 % broken links, on which `repere check` is also timed.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
work=${WORK:-/tmp/repere-bench-check-$n}
command -v hyperfine >/dev/null || { echo "install hyperfine (apt-get install hyperfine)"; exit 1; }
command -v linkchecker >/dev/null || { echo "install linkchecker (apt-get install linkchecker)"; exit 1; }

swift build -c release --product repere >/dev/null
repere=$PWD/.build/release/repere

mkdir -p "$work"
for variant in clean broken; do
  ratio=$([ $variant = clean ] && echo 0 || echo 0.01)
  if [ ! -d "$work/$variant/content" ]; then
    python3 bench/gen_corpus.py --n "$n" --seed 42 --broken-ratio "$ratio" --out "$work/$variant/content" >/dev/null
    printf 'base_url: "https://aide.exemple.fr/"\n' > "$work/$variant/repere.yml"
  fi
done

echo "== repere check, $n articles (median of runs) =="
hyperfine -N -w 1 -r 5 -i --export-json "$work/check.json" \
  "$repere check -q -C $work/clean" "$repere check -q -C $work/broken"

echo "== repere build (site for linkchecker) =="
/usr/bin/time -f "build: %e s, peak RSS %M KiB" "$repere" build -q -C "$work/clean" 2>&1 | tail -1

echo "== linkchecker on the built site, served on loopback (internal links only, one run) =="
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$work/clean/site" "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 1
start=$(date +%s.%N)
timeout "${LINKCHECKER_TIMEOUT:-1800}" linkchecker --no-status --no-warnings -t 2 "http://127.0.0.1:$port/" > "$work/linkchecker.log" 2>&1 || true
end=$(date +%s.%N)
echo "linkchecker: $(echo "$end - $start" | bc) s"
tail -3 "$work/linkchecker.log"
