#!/usr/bin/env python3
"""Draws bench/scale.png from bench/scale.sh's TSV: usage scale_plot.py RESULTS.tsv OUT.png

A log–log plot of each cost against the number of articles, with a dotted line of slope 1
(linear growth) through each first point: a cost above its line grows faster than linear.
Needs matplotlib (pip install matplotlib).
"""
import csv, sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
n = [int(r["N"]) for r in rows]
series = [
    ("full build, CPU s", "full_cpu_s"),
    ("full build, wall s", "full_s"),
    ("full build, peak RSS GiB", "full_rss_MiB", 1 / 1024),
    ("unchanged rebuild, wall s", "unchanged_s"),
    ("one edit, rebuild wall s", "one_edit_s"),
    ("serve: save → page, s", "save_to_page_s"),
    ("first query, MB loaded (median)", "first_query_KB_median", 1 / 1000),
]
stages = {}
for r in rows:
    for item in r["stages"].split(","):
        name, seconds = item.split("=")
        stages.setdefault(name, []).append(float(seconds))

fig, (left, right) = plt.subplots(1, 2, figsize=(13, 5.5))
for axis in (left, right):
    axis.set_xscale("log")
    axis.set_yscale("log")
    axis.set_xlabel("articles (and commits)")
    axis.grid(True, which="both", alpha=0.3)
for label, key, *scale in series:
    y = [float(r[key]) * (scale[0] if scale else 1) for r in rows]
    line, = left.plot(n, y, marker="o", label=label)
    left.plot(n, [y[0] * x / n[0] for x in n], linestyle=":", color=line.get_color(), alpha=0.6)
left.set_title("Costs (dotted: linear growth from the first point)")
left.legend(fontsize=8)
for name, y in stages.items():
    if len(y) == len(n):
        line, = right.plot(n, y, marker="o", label=name)
        right.plot(n, [y[0] * x / n[0] for x in n], linestyle=":", color=line.get_color(), alpha=0.6)
right.set_title("Full build, wall seconds per stage (repere build -v)")
right.legend(fontsize=8, ncol=2)
fig.tight_layout()
fig.savefig(sys.argv[2], dpi=90)
