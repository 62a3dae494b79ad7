#!/usr/bin/env python3
"""Builds core/src/main/resources/usage/epoch-accessibility.csv from Epoch AI's model files.

One row per language model name that has a `Model accessibility` value, taken from the first file
that has one, in the order notable, large_scale, frontier, all (the origin registry's order).
Usage: python3 scripts/epoch_accessibility.py ../shared/data/raw/epoch-ai > core/src/main/resources/usage/epoch-accessibility.csv
"""
import csv
import sys

FILES = ["notable_ai_models.csv", "large_scale_ai_models.csv", "frontier_ai_models.csv", "all_ai_models.csv"]


def main(folder):
    seen = {}
    for name in FILES:
        with open(f"{folder}/{name}", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                access = row["Model accessibility"].strip()
                model = " ".join(row["Model"].split())
                if not access or not model or "Language" not in row["Domain"]:
                    continue
                seen.setdefault(model, [model, " ".join(row["Organization"].split()), access,
                                        row["Publication date"].strip(), name])
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["model", "organization", "accessibility", "publication_date", "source"])
    for key in sorted(seen, key=str.lower):
        out.writerow(seen[key])


if __name__ == "__main__":
    main(sys.argv[1])
