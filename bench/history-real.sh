#!/usr/bin/env bash
# Benchmark: the history stage on a real repository, beside `git log --raw -M -c` over the same
# commits, then a rebuild after one new commit (the history cache extended) and an unchanged one.
#
#   bench/history-real.sh REPOSITORY [CONTENT_DIR]     e.g. bench/history-real.sh ~/src/beta.gouv.fr content
#
# The repository is cloned with --shared into a scratch folder (only CONTENT_DIR checked out), so
# it is never touched; a repository whose large blobs are missing works too. Needs git and a
# release build of repere (built here).
set -euo pipefail
cd "$(dirname "$0")/.."
source_repo=$(cd "$1" && pwd); content=${2:-content}
swift build -c release --product repere >/dev/null
repere=$PWD/.build/release/repere
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q --shared --no-checkout "$source_repo" "$work/repo"
cd "$work/repo"
git sparse-checkout set "$content" >/dev/null
git checkout -q 2>/dev/null || git reset -q
printf 'title: "Bench"\nbase_url: "https://aide.exemple.fr/"\ncontent_dir: "%s"\n' "$content" > repere.yml
echo "== $(git rev-list --count HEAD) commits ($(git rev-list --count --merges HEAD) merges), $(git ls-files "$content" | wc -l) files under $content/"

stage() { { "$repere" build -v "$@" -o "$work/site" 2>/dev/null || true; } | awk '$1 == "history" { print $2 }'; }
median() { sort -n | sed -n 2p; }
timed() { /usr/bin/time -f '%e %U %S' "$@" 2>&1 >/dev/null | tail -1; }

echo "-- history stage, whole walk (--no-cache), 3 runs: median $(for i in 1 2 3; do stage --no-cache; done | median) s"
echo "-- git log --raw -M -c -- $content, 3 runs (wall user sys):"
for i in 1 2 3; do timed git log --raw -M -c --format='%H %an %at' -- "$content"; done
echo "-- git log --raw -M -c over the whole repository (fails if blobs are missing):"
timed git log --raw -M -c --format='%H %an %at' || echo "   (could not run: $?)"

stage >/dev/null  # fills .repere-cache/
page=$(git ls-files "$content" | grep "\.md$" | sed -n 1p)
printf '\nUne ligne de plus.\n' >> "$page"
git add "$page"
# write-tree --missing-ok: a mirror may lack large blobs, which `git commit` would refuse.
commit=$(GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.invalid GIT_COMMITTER_NAME=Bench \
  GIT_COMMITTER_EMAIL=bench@example.invalid git commit-tree "$(git write-tree --missing-ok)" -p HEAD -m "Une modification")
git update-ref HEAD "$commit"
echo "-- history stage after one new commit (cache extended): $(stage) s"
echo "-- history stage, nothing changed (cache read): $(stage) s"
