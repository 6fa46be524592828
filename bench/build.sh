#!/usr/bin/env bash
# Benchmarks `repere build` and `repere serve` on generated corpora, with Hugo + Pagefind and
# MkDocs Material in the same run.
#
#   bench/build.sh [--n "1000 10000"] [--runs R] [--work DIR] [--no-peers] [--no-serve]
#
# Needs python3, hyperfine and GNU time (/usr/bin/time); the peers need `hugo` (Debian) and
# Pagefind in DIR/venv (`python3 -m venv DIR/venv && DIR/venv/bin/pip install 'pagefind[extended]==1.5.2'`);
# MkDocs Material is measured when DIR/venv has it (`DIR/venv/bin/pip install mkdocs==1.6.1
# mkdocs-material==9.8.2`). Corpora come from bench/gen_corpus.py with --broken-ratio 0 (its
# default, stated anyway: a broken link is an error and `repere build` writes nothing when there is
# one); the peer projects from bench/peers/. Results: a Markdown table on stdout and DIR/results.tsv.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SIZES="1000 10000"; RUNS=5; WORK=${TMPDIR:-/tmp}/repere-bench; PEERS=1; SERVE=1
while [ $# -gt 0 ]; do
  case $1 in
    --n) SIZES=$2; shift ;;
    --runs) RUNS=$2; shift ;;
    --work) WORK=$2; shift ;;
    --no-peers) PEERS=0 ;;
    --no-serve) SERVE=0 ;;
    *) sed -n 2,12p "$0"; exit 2 ;;
  esac
  shift
done
mkdir -p "$WORK"
# "From an empty folder" runs move the previous output aside instead of deleting it, and the
# moved copies are deleted only at the end. This disk's ext4 has no journal, so for a minute or
# more after a large deletion each new file's inode search skips every inode just freed
# (`recently_deleted` in the kernel; perf showed it taking most of a 10,000-page build right after
# `rm -rf` of the previous site). That measures the previous run's cleanup, not the tool, and it
# hits every tool alike; a CI build in a fresh clone never pays it.
# The kernel skips inodes freed in the last 60 s (360 s while their table block is dirty), so a
# run started less than 6 minutes after the previous one deleted its copies waits first.
TRASH=$WORK/trash
SETTLED=$WORK/trash-deleted-at
if [ -f "$SETTLED" ]; then
  wait=$(( $(cat "$SETTLED") + 360 - $(date +%s) ))
  if [ "$wait" -gt 0 ]; then echo "waiting ${wait} s for the disk to settle after the last run's deletions" >&2; sleep "$wait"; fi
fi
mkdir -p "$TRASH"
trap 'rm -rf "$TRASH"; date +%s > "$SETTLED"' EXIT
ASIDE=$WORK/aside.sh  # hyperfine's --prepare runs in sh: a script, not a function
printf '#!/bin/sh\nfor d in "$@"; do if [ -e "$d" ]; then mv "$d" "$(mktemp -d "%s/XXXXXX")/"; fi; done\n' "$TRASH" > "$ASIDE"
chmod +x "$ASIDE"
(cd "$ROOT" && swift build -c release --product repere >&2)
REPERE=$ROOT/.build/release/repere
RESULTS=$WORK/results.tsv
printf 'measurement\tN\truns\tmedian_s\tmin_s\tmax_s\tpeak_rss_MiB\tcpu_s\n' > "$RESULTS"

# measure NAME N PREPARE COMMAND: hyperfine median/min/max, then peak RSS and CPU time (user + system) of one more run.
measure() {
  local name=$1 n=$2 prepare=$3 command=$4 json=$WORK/hf.json
  hyperfine --style none --warmup 1 --runs "$RUNS" --prepare "$prepare" --export-json "$json" "$command" > /dev/null
  bash -c "$prepare"
  /usr/bin/time -o "$WORK/rss.txt" -f '%M %U %S' bash -c "$command" > /dev/null 2>&1
  local rss user sys; read -r rss user sys < <(tail -n1 "$WORK/rss.txt")
  python3 - "$json" "$name" "$n" "$RUNS" "$rss" "$user" "$sys" >> "$RESULTS" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("\t".join([sys.argv[2], sys.argv[3], sys.argv[4], "%.3f" % r["median"], "%.3f" % r["min"], "%.3f" % r["max"],
                 "%.0f" % (int(sys.argv[5]) / 1024), "%.2f" % (float(sys.argv[6]) + float(sys.argv[7]))]))
PY
}

for n in $SIZES; do
  P=$WORK/proj-$n
  if [ ! -f "$P/content/index.md" ]; then
    python3 "$HERE/gen_corpus.py" --n "$n" --seed 42 --broken-ratio 0 --out "$P/content" --force >&2
    printf 'title: "Base de connaissances"\nbase_url: "https://kb.exemple.fr/"\n' > "$P/repere.yml"
  fi
  EDIT=$(cd "$P/content" && find faq -name '*.md' | sort | sed -n 1p)
  measure "repere build (full, no site yet)" "$n" "$ASIDE $P/site $P/.repere-cache" "$REPERE build -q -C $P"
  measure "repere build (no change)" "$n" "true" "$REPERE build -q -C $P"
  measure "repere build --no-cache (output folder kept: every stage, only changed files written, none here)" "$n" "true" "$REPERE build -q --no-cache -C $P"
  measure "repere build (one file edited)" "$n" "echo 'Ligne ajoutée.' >> $P/content/$EDIT" "$REPERE build -q -C $P"
  if [ $SERVE = 1 ]; then
    python3 "$HERE/serve_latency.py" "$REPERE" "$P" "$EDIT" "$RUNS" "$n" >> "$RESULTS"
  fi
  if [ $PEERS = 1 ]; then
    PF=$("$WORK/venv/bin/python" -c 'import pagefind_bin_extended as p; print(p.get_executable())')
    "$HERE/peers/hugo/make_site.sh" "$P/content" "$P/content/.peers/hugo" >&2
    # From an empty destination, like Repère's "full, no site yet" row.
    HUGO="hugo $(hugo version | grep -o 'v0[.0-9]*')"
    measure "$HUGO (no output yet)" "$n" "$ASIDE $WORK/hugo-$n" "hugo --source $P/content/.peers/hugo --destination $WORK/hugo-$n --quiet"
    measure "pagefind 1.5.2 over Hugo's output (no output yet)" "$n" "$ASIDE $WORK/pagefind-$n" "$PF --site $WORK/hugo-$n --output-path $WORK/pagefind-$n --silent"
    # Hugo's usual rebuild: the output folder is kept, every file rewritten.
    measure "$HUGO (output folder kept: rewrites every file)" "$n" "true" "hugo --source $P/content/.peers/hugo --destination $WORK/hugo-$n --quiet"
    measure "pagefind 1.5.2 (output folder kept)" "$n" "true" "$PF --site $WORK/hugo-$n --output-path $WORK/pagefind-$n --silent"
    # MkDocs + Material with its own search, navigation "min" (pages built, only the home page in
    # the navigation: like-for-like with the minimal Hugo layouts of bench/peers/hugo). It empties
    # its output folder itself; measured from no output, like the rows above.
    if [ -x "$WORK/venv/bin/mkdocs" ]; then
      "$HERE/peers/mkdocs/make_config.sh" "$P/content" "$WORK/mkdocs-min-$n.yml" "$WORK/mkdocs-$n" min >&2
      MKDOCS="mkdocs $("$WORK/venv/bin/python" -c 'import importlib.metadata as m; print(m.version("mkdocs"), "+ material", m.version("mkdocs-material"))')"
      measure "$MKDOCS, nav min (no output yet)" "$n" "$ASIDE $WORK/mkdocs-$n" "env NO_MKDOCS_2_WARNING=1 $WORK/venv/bin/mkdocs build -q -f $WORK/mkdocs-min-$n.yml"
    else
      echo "MkDocs not measured: $WORK/venv/bin/mkdocs missing (pip install mkdocs==1.6.1 mkdocs-material==9.8.2)" >&2
    fi
  fi
done
python3 - "$RESULTS" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
print("| measurement | N | runs | median wall s (min–max) | CPU s (one run) | peak RSS MiB |\n|---|---:|---:|---:|---:|---:|")
for r in rows:
    print(f"| {r['measurement']} | {int(r['N']):,} | {r['runs']} | {r['median_s']} ({r['min_s']}–{r['max_s']}) | {r['cpu_s'] or '–'} | {r['peak_rss_MiB']} |")
PY
