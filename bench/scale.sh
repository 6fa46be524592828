#!/usr/bin/env bash
# How Repère's costs grow with the size of a help centre: usage bench/scale.sh [--work DIR] [N ...]
#
# For each N (default 1000 10000 100000): a corpus of N articles with N commits of history
# (bench/gen_corpus.py --git-commits N, written with git fast-import; generated once and kept in
# --work), then, with the release binary, one run each of: a full build (--no-cache, into a new
# folder) with its per-stage times (-v) and peak RSS (/usr/bin/time -v), an unchanged rebuild
# (with the cache), a rebuild after one edited article, serve's save → page (bench/serve_latency.py,
# 5 saves) and the bytes a first search query loads (scripts/search-size.mjs).
# Prints one TSV row per N (and the stage times) to stdout; bench/scale_plot.py draws them.
# Heavy: run it alone, with nice; at 100,000 it takes about half an hour.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=${TMPDIR:-/tmp}/repere-scale
if [ "${1:-}" = --work ]; then WORK=$2; shift 2; fi
SIZES=${*:-1000 10000 100000}
REPERE=$ROOT/.build/release/repere
[ -x "$REPERE" ] || (cd "$ROOT" && swift build -c release --product repere >&2)
mkdir -p "$WORK"

# Elapsed seconds, CPU seconds (user + system) and peak RSS (MiB) of a command, from GNU time's
# verbose report. CPU time tells more than elapsed time on a machine shared with other work.
timed() {
  /usr/bin/time -v -o "$WORK/time.txt" "$@" > "$WORK/out.txt" 2> "$WORK/err.txt"
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = t[n] + 60 * t[n-1] + (n > 2 ? 3600 * t[n-2] : 0) }
              /User time|System time/ { c += $2 } /Maximum resident/ { m = $2 / 1024 }
              END { printf "%.2f\t%.2f\t%.0f", s, c, m }' "$WORK/time.txt"
}

printf 'N\tcommits\tfull_s\tfull_cpu_s\tfull_rss_MiB\tunchanged_s\tunchanged_cpu_s\tunchanged_rss_MiB\tone_edit_s\tone_edit_cpu_s\tone_edit_rss_MiB\tsave_to_page_s\tserve_rss_MiB\tfirst_query_KB_median\tfirst_query_KB_p95\tstages\tsite_MiB\n'
for n in $SIZES; do
  P=$WORK/proj-$n
  if [ ! -f "$P/content/index.md" ]; then
    python3 "$HERE/gen_corpus.py" --n "$n" --seed 42 --git-commits "$n" --out "$P/content" --force >&2
  fi
  printf 'title: "Base de connaissances"\nbase_url: "https://kb.exemple.fr/"\n' > "$P/repere.yml"
  rm -rf "$P/site" "$P/.repere-cache"
  full=$(timed nice "$REPERE" build -v --no-cache -C "$P")
  stages=$(awk '$2 ~ /^[0-9.]+$/ && $3 == "s" { printf "%s%s=%s", sep, $1, $2; sep = "," }' "$WORK/out.txt")
  nice "$REPERE" build -q -C "$P" > /dev/null 2>&1  # fills the cache
  unchanged=$(timed nice "$REPERE" build -q -C "$P")
  edit=$(cd "$P/content" && git ls-files 'faq/*.md' | sed -n 1p)
  echo "Ligne ajoutée pour la mesure." >> "$P/content/$edit"
  one=$(timed nice "$REPERE" build -q -C "$P")
  git -C "$P/content" checkout -q -- "$edit"
  serve=$( (timeout 1800 nice python3 "$HERE/serve_latency.py" "$REPERE" "$P" "$edit" 5 "$n" || true) |
    awk -F'\t' '/new page served/ { printf "%s\t%s", $4, $7 } END { if (NR == 0) printf "–\t–" }')
  git -C "$P/content" checkout -q -- "$edit"
  query=$(node "$ROOT/scripts/search-size.mjs" "$P/site" | awk '/first query, index bytes \(raw\)/ { gsub(",", ""); printf "%s\t%s", $7, $10 }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$(git -C "$P/content" rev-list --count HEAD)" "$full" "$unchanged" "$one" "$serve" "$query" "$stages" "$(du -sm "$P/site" | cut -f1)"
done
