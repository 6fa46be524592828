#!/bin/sh
# Writes an mkdocs.yml (MkDocs + Material) that builds a corpus from bench/gen_corpus.py in
# place, for the benchmarks.
#
#   bench/peers/mkdocs/make_config.sh CONTENT_DIR CONFIG_FILE SITE_DIR NAV [git]
#
#   NAV = full   MkDocs' default navigation: every page. Material writes the whole tree into
#                every page, so time and output grow with the square of the page count.
#   NAV = prune  the same with Material's navigation.prune (only the open branch of the tree).
#   NAV = min    nav: [index.md], other pages built but listed in not_in_nav: like-for-like
#                with the minimal Hugo layouts of bench/peers/hugo.
#   git          also enable mkdocs-git-revision-date-localized-plugin (per-file `git log`),
#                French dates; CONTENT_DIR must then be a repository (--git-commits).
#
# docs_dir is CONTENT_DIR (MkDocs skips dot folders such as .git and .peers; _section.md files
# are excluded); CONFIG_FILE must be outside it, as MkDocs requires. Markdown: MkDocs' default
# extensions (toc, tables, fenced_code). Search: Material's search plugin, lang: fr. Then:
#   mkdocs build -q -f CONFIG_FILE
set -eu
[ $# -ge 4 ] && [ $# -le 5 ] || { sed -n 2,20p "$0" >&2; exit 2; }
content=$(cd "$1" && pwd)
config=$2
site=$3
nav=$4
git=${5:-}
case $nav in full|prune|min) ;; *) echo "NAV must be full, prune or min, not '$nav'" >&2; exit 2 ;; esac
case $git in ''|git) ;; *) echo "the fifth argument can only be 'git'" >&2; exit 2 ;; esac
mkdir -p "$(dirname "$config")"
case "$(cd "$(dirname "$config")" && pwd)/" in
  "$content"/*) echo "$config is inside $content: MkDocs refuses a config file inside docs_dir" >&2; exit 2 ;;
esac

{
  printf 'site_name: Base de connaissances\nsite_url: https://kb.exemple.fr/\n'
  printf 'docs_dir: %s\nsite_dir: %s\n' "$content" "$site"
  printf 'exclude_docs: |\n  _section.md\n'
  printf 'theme:\n  name: material\n  language: fr\n'
  if [ "$nav" = prune ]; then
    printf '  features:\n    - navigation.prune\n'
  fi
  if [ "$nav" = min ]; then
    printf 'nav:\n  - index.md\nnot_in_nav: |\n'
    for dir in "$content"/*/; do
      name=$(basename "$dir")
      [ "$name" = images ] || printf '  /%s/\n' "$name"
    done
  fi
  printf 'plugins:\n  - search:\n      lang: fr\n'
  if [ "$git" = git ]; then
    printf '  - git-revision-date-localized:\n      type: date\n      locale: fr\n      fallback_to_build_date: true\n'
  fi
} > "$config"
