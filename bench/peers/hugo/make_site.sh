#!/bin/sh
# Turns a corpus from bench/gen_corpus.py into a minimal Hugo project, for the benchmarks.
#
#   bench/peers/hugo/make_site.sh CONTENT_DIR SITE_DIR
#
# SITE_DIR gets a hugo.toml whose module mounts read CONTENT_DIR in place (no copy): each
# top-level folder (faq/, tutorials/) as content, images/ as static files, _section.md files
# left out. Its layouts are deliberately small, like-for-like with a plain help centre: a
# page renders its .Content in an HTML shell with breadcrumb, tags and (with --enableGitInfo)
# its last change; sections and taxonomy terms (tags, category) are lists of their pages; the
# home page lists sections and categories. Render hooks turn links to .md files into page
# URLs (a missing target is a warning) and point images at /images/.
# Git dates are off in the config; time them with `hugo --enableGitInfo`. Hugo reads Git
# information only when SITE_DIR is inside the repository, so use CONTENT_DIR/.peers/hugo
# (gen_corpus.py lists .peers/ in .git/info/exclude). Then:
#   hugo --source SITE_DIR --destination OUT --quiet
set -eu
[ $# -eq 2 ] || { sed -n 2,18p "$0" >&2; exit 2; }
content=$(cd "$1" && pwd)
site=$2
mkdir -p "$site"
rm -rf "$site/layouts" "$site/static"
mkdir -p "$site/layouts/_default/_markup" "$site/static"

{
  cat <<'TOML'
baseURL = "https://kb.exemple.fr/"
title = "Base de connaissances"
languageCode = "fr-FR"
defaultContentLanguage = "fr"
enableGitInfo = false
disableKinds = ["RSS"]

[taxonomies]
  tag = "tags"
  category = "category"

[[module.mounts]]
  source = "static"
  target = "static"
[[module.mounts]]
  source = "layouts"
  target = "layouts"
TOML
  for dir in "$content"/*/; do
    name=$(basename "$dir")
    if [ "$name" = images ]; then
      printf '[[module.mounts]]\n  source = "%s"\n  target = "static/images"\n' "$content/images"
    else
      printf '[[module.mounts]]\n  source = "%s"\n  target = "content/%s"\n  excludeFiles = "**/_section.md"\n' \
        "$content/$name" "$name"
    fi
  done
} > "$site/hugo.toml"

cat > "$site/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} – {{ site.Title }}{{ end }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="stylesheet" href="{{ "site.css" | relURL }}">
</head>
<body>
<header><a class="brand" href="{{ "/" | relURL }}">{{ site.Title }}</a>
<nav>{{ range site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>Centre d'aide de démonstration (contenu généré).</footer>
</body>
</html>
HTML

cat > "$site/layouts/_default/single.html" <<'HTML'
{{ define "main" }}
<p class="breadcrumb">{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> › {{ end }}</p>
<article data-pagefind-body>
<h1>{{ .Title }}</h1>
{{ with .Description }}<p class="lead">{{ . }}</p>{{ end }}
{{ .Content }}
</article>
<aside>
{{ with .Params.category }}<p>Catégorie : <a href="{{ printf "/category/%s/" (urlize .) | relURL }}">{{ . }}</a></p>{{ end }}
{{ with .GetTerms "tags" }}<p>Mots-clés : {{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</p>{{ end }}
{{ with .Params.audience }}<p>Public : {{ delimit . ", " }}</p>{{ end }}
{{ with .GitInfo }}<p>Mis à jour le <time datetime="{{ $.Lastmod.Format "2006-01-02" }}">{{ $.Lastmod.Format "02/01/2006" }}</time> par {{ .AuthorName }}</p>{{ end }}
</aside>
{{ end }}
HTML

cat > "$site/layouts/_default/list.html" <<'HTML'
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ with .Sections }}<h2>Rubriques</h2>
<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .RegularPagesRecursive }})</li>{{ end }}</ul>{{ end }}
{{ with .RegularPages }}<h2>Pages</h2>
<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }}<br><small>{{ . }}</small>{{ end }}</li>{{ end }}</ul>{{ end }}
{{ if and (not .Sections) (not .RegularPages) }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>{{ end }}</ul>{{ end }}
{{ end }}
HTML

cat > "$site/layouts/index.html" <<'HTML'
{{ define "main" }}
<h1>{{ site.Title }}</h1>
<h2>Rubriques</h2>
<ul>{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .RegularPagesRecursive }} pages)</li>{{ end }}</ul>
<h2>Catégories</h2>
<ul>{{ range site.Taxonomies.category.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
HTML

cat > "$site/layouts/_default/_markup/render-link.html" <<'HTML'
{{- $href := .Destination -}}
{{- $u := urls.Parse .Destination -}}
{{- if and (not $u.IsAbs) (strings.HasSuffix $u.Path ".md") -}}
  {{- $path := path.Join "/" .Page.File.Dir $u.Path -}}
  {{- with site.GetPage $path -}}
    {{- $href = .RelPermalink -}}
    {{- with $u.Fragment }}{{ $href = printf "%s#%s" $href . }}{{ end -}}
  {{- else -}}
    {{- warnf "%s: link to a missing page: %s" $.Page.File.Path $.Destination -}}
  {{- end -}}
{{- end -}}
<a href="{{ $href | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
{{- /* no newline after the link */ -}}
HTML

cat > "$site/layouts/_default/_markup/render-image.html" <<'HTML'
{{- $src := .Destination -}}
{{- if in $src "images/" }}{{ $src = printf "/images/%s" (path.Base $src) | relURL }}{{ end -}}
<img src="{{ $src }}" alt="{{ .Text }}"{{ with .Title }} title="{{ . }}"{{ end }} loading="lazy">
{{- /* no newline after the image */ -}}
HTML

cat > "$site/static/site.css" <<'CSS'
body{font:1rem/1.55 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;color:#1d1d1f}
header{display:flex;gap:1rem;flex-wrap:wrap;border-bottom:1px solid #ddd;padding-bottom:.5rem}
header nav a{margin-right:.75rem}.brand{font-weight:700}.lead{font-size:1.1rem;color:#444}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .5rem}
blockquote{margin:1rem 0;padding:.25rem 1rem;border-left:4px solid #3a6ea5;background:#f3f7fb}
pre{overflow:auto;background:#f6f6f6;padding:.75rem}img{max-width:100%}footer{margin-top:2rem;color:#666}
CSS
