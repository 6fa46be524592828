#!/usr/bin/env bash
# Benchmark: Git dates for every page. Repère's history stage (one libgit2 walk, rename-aware)
# beside `git log -1 -- FILE` per file (what MkDocs' git-revision-date plugin does), one
# `git log --name-only` pass (the floor), and Hugo's --enableGitInfo overhead, same run.
#
#   bench/history.sh N COMMITS      e.g. bench/history.sh 1000 5000; bench/history.sh 10000 20000
#
# Needs python3 and git (bench/gen_corpus.py writes the corpus), hyperfine, and hugo for the last
# line (bench/peers/hugo/make_site.sh writes its project).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}; k=${2:-5000}
work=${WORK:-/tmp/repere-bench-history}
corpus=$work/corpus-$n-$k
mkdir -p "$work"
swift build -c release --product repere >/dev/null
repere=$PWD/.build/release/repere

[ -d "$corpus/.git" ] || python3 bench/gen_corpus.py --n "$n" --seed 42 --git-commits "$k" --out "$corpus" >/dev/null
project=$work/project-$n-$k
mkdir -p "$project"
ln -sfn "$corpus" "$project/content"
printf 'base_url: "https://aide.exemple.fr/"\n' > "$project/repere.yml"
files=$(cd "$corpus" && git ls-files '*.md' | wc -l)
echo "== $n articles ($files Markdown files), $(git -C "$corpus" rev-list --count HEAD) commits"

echo "-- Repère history stage (3 runs)"
for i in 1 2 3; do
  { "$repere" build -v -C "$project" -o "$work/site" 2>/dev/null || true; } | awk '$1 == "history" { print $2 }'
done | sort -n | sed -n 2p | xargs -I{} echo "repere history stage, median: {} s"

echo "-- one git log pass over the history (floor)"
hyperfine -N -w 1 -r 3 "git -C $corpus log --name-only --no-merges --format=%H%x09%at%x09%an" 2>/dev/null | grep -E "Time"

echo "-- git log -1 per file, on a sample of 200 files, extrapolated to all"
sample=$(cd "$corpus" && git ls-files '*.md' | awk -v step=$((files / 200)) 'NR % step == 0' | head -200)
start=$(date +%s.%N)
for f in $sample; do git -C "$corpus" log -1 --format=%ct -- "$f" >/dev/null; done
end=$(date +%s.%N)
echo "per-file git log: $(echo "($end - $start) * $files / 200" | bc -l | xargs printf '%.1f') s for $files files (extrapolated)"

if command -v hugo >/dev/null; then
  echo "-- Hugo with and without --enableGitInfo (3 runs each)"
  bench/peers/hugo/make_site.sh "$corpus" "$corpus/.peers/hugo" >/dev/null
  hyperfine -N -w 1 -r 3 -i \
    "hugo --source $corpus/.peers/hugo --destination $work/hugo-out --quiet" \
    "hugo --source $corpus/.peers/hugo --destination $work/hugo-out --quiet --enableGitInfo" 2>/dev/null | grep -E "Time|Benchmark"
fi
