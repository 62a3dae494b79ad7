#!/usr/bin/env python3
"""Builds core/src/main/resources/usage/capability.csv from OpenRouter's weekly top-10 charts.

The seed is OpenRouter's own ranking: every model that appears in a weekly chart is in the one band
`openrouter-top10`; its source names its best rank and the weeks it was charted. The key is the slug
without a `:variant` suffix and without a trailing -YYYYMMDD date. OpenRouter's anonymous stealth models
(`openrouter/...`) are left out: their maker is undisclosed.
Usage: python3 scripts/capability_seed.py ../shared/data/raw/openrouter-weekly-top-models > core/src/main/resources/usage/capability.csv
"""
import csv
import glob
import json
import re
import sys


def key(slug):
    return re.sub(r"-\d{8}$", "", slug.split(":")[0])


def main(folder):
    seen = {}
    for path in sorted(glob.glob(f"{folder}/*.json")):
        with open(path, encoding="utf-8") as f:
            week = json.load(f)
        for m in week["models"]:
            k = key(m["slug"])
            if k.startswith("openrouter/"):
                continue
            s = seen.setdefault(k, {"best": 99, "at": None, "weeks": set()})
            s["weeks"].add(week["date"])
            if m["rank"] < s["best"] or (m["rank"] == s["best"] and week["date"] < s["at"]):
                s["best"], s["at"] = m["rank"], week["date"]
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["model", "band", "source"])
    for k in sorted(seen):
        s = seen[k]
        weeks = sorted(s["weeks"])
        out.writerow([k, "openrouter-top10",
                      f"openrouter-weekly: best rank {s['best']} (week {s['at']}); in the top 10 in {len(weeks)}"
                      f" week(s), {weeks[0]}..{weeks[-1]} (johnbean393/openrouter-inference-stats)"])


if __name__ == "__main__":
    main(sys.argv[1])
