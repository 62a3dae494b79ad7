#!/usr/bin/env python3
"""Fits the statistics of the synthetic Hub generator to the real raw data; writes the profile it reads.

Usage: python3 scripts/fit_generator_profile.py [RAW_DIR] [OUT_JSON]
  RAW_DIR  default ../shared/data/raw (relative to the repository root)
  OUT_JSON default core/src/main/resources/generate/hub-profile.json

Stdlib only (csv, json, math, re). Deterministic: same raw files, same profile (keys sorted, numbers rounded).
Every number in the profile names the file it comes from ("source"); numbers not in the data say "assumed".
The Liang 2022 Parquet is read through its derived CSV (model_info.csv, same rows; see SOURCES.md).
"""
import csv
import glob
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from count_tree_csv import card_base_models, norm  # noqa: E402  (the same id rules as the golden test)

csv.field_size_limit(10**9)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "raw")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "core/src/main/resources/generate/hub-profile.json")

LIANG = "hf-model-info-liang2023/model_info.csv"
MAJOR = "hf-major-orgs-gabtos/hf_models_by_author.csv"
MAJOR_LIC = "hf-major-orgs-gabtos/author_license_counts_tall.csv"
TREES = "hf-model-trees-oderinwale/*.csv"
KBLAB = "hf-kblab-monthly-downloads/models/*_hf.csv"
RELATION_COLUMNS = {"children_count": "finetune", "adapters_count": "adapter", "quantized_count": "quantized",
                    "merges_count": "merge"}


def r(x, digits=6):
    return float(f"{x:.{digits}g}")


def read_csv(rel):
    with open(os.path.join(RAW, rel), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def hill_alpha(xs, xmin):
    """MLE (Hill) of the CCDF exponent alpha of a Pareto tail P(X >= x) ~ x^-alpha above xmin."""
    tail = [x for x in xs if x >= xmin]
    return len(tail) / sum(math.log(x / xmin) for x in tail), len(tail)


def fit_tail(xs, min_tail=50):
    """Clauset-style: the xmin (among quantiles of xs) whose Pareto fit has the smallest KS distance."""
    xs = sorted(xs)
    n = len(xs)
    best = None
    for q in range(50, 100):
        xmin = xs[int(n * q / 100)]
        tail = [x for x in xs if x >= xmin]
        if len(tail) < min_tail or xmin <= 0:
            continue
        alpha, m = hill_alpha(tail, xmin)
        ks = 0.0
        for i, x in enumerate(tail):
            emp = i / m  # empirical CDF below x
            fit = 1 - (x / xmin) ** -alpha
            ks = max(ks, abs(emp - fit))
        if best is None or ks < best[0]:
            best = (ks, xmin, alpha, m)
    ks, xmin, alpha, m = best
    return {"xmin": r(xmin), "alpha": r(alpha, 4), "tail_share": r(m / n, 4), "ks": r(ks, 3), "n": n}


def quantiles(xs, points=100):
    xs = sorted(xs)
    return [r(xs[min(len(xs) - 1, int(len(xs) * p / points))]) for p in range(points + 1)]


def downloads_profile(values, source):
    """Zero share, then the body of positive downloads as quantiles and a fitted Pareto tail."""
    pos = [v for v in values if v > 0]
    tail = fit_tail(pos)
    body = [v for v in pos if v < tail["xmin"]]
    return {"source": source, "records": len(values), "zero_share": r(1 - len(pos) / len(values), 4),
            "tail": tail, "body_quantiles": quantiles(body, 50)}


def monthly_rate(counts_by_month, first, last):
    """Slope of a least-squares line through ln(models created per month), months first..last inclusive."""
    months = sorted(m for m in counts_by_month if first <= m <= last)
    xs = list(range(len(months)))
    ys = [math.log(counts_by_month[m]) for m in months]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return math.exp(slope) - 1, months


def zipf_share_single(s, pool, n):
    """Expected share of single-model authors when n models pick among `pool` ranks with the continuous Zipf
    inverse the generator uses (P(rank = k) = F(k+1) - F(k), F(x) = (x^(1-s) - 1) / ((pool+1)^(1-s) - 1))."""
    def F(x):
        return (x ** (1 - s) - 1) / ((pool + 1) ** (1 - s) - 1)
    ones = active = 0.0
    for k in range(1, pool + 1):
        lam = n * (F(k + 1) - F(k))
        ones += lam * math.exp(-lam)
        active += 1 - math.exp(-lam)
    return ones / active, active


def main():
    profile = {"comment": [
        "Statistics of real Hugging Face Hub metadata that org.observatory.generate.HubRecordGenerator draws from.",
        "Written by scripts/fit_generator_profile.py from ../shared/data/raw (see its SOURCES.md); do not edit by hand.",
        "Caveats: Liang 2022 is a ~2022-10 snapshot of 74,970 models (not today's Hub, no licenses or lineage);",
        "the model trees (Oderinwale, Apr 2025) are 10 trees of popular base models, capped by their collector",
        "(gemma-7b has exactly 3000 adapters, some roots exactly 300 fine-tunes), their rows are fine-tunes only,",
        "so relation mix and fan-out are those of popular lineages, not of the whole Hub; the major-org file holds",
        "only 7 organisations (Oct 2025); KBLab is one Swedish org's monthly downloads. Numbers marked 'assumed'",
        "are not in the data."]}

    # ---- downloads and authors (Liang 2022) ----
    liang = read_csv(LIANG)
    downloads = [float(x["downloads"] or 0) for x in liang]
    profile["downloads"] = downloads_profile(downloads, LIANG + " (downloads, 30-day)")
    by_author = Counter(x["author"] for x in liang)
    sizes = list(by_author.values())
    size_tail = fit_tail(sizes, min_tail=30)
    n_models = len(liang)
    target_single = sum(1 for v in sizes if v == 1) / len(sizes)
    target_authors = len(sizes) / n_models

    def pool_for(s):  # bisection on the pool size: more ranks, more single-model authors
        lo, hi = 1000, 400000
        while hi - lo > 50:
            mid = (lo + hi) // 2
            if zipf_share_single(s, mid, n_models)[0] < target_single:
                lo = mid
            else:
                hi = mid
        return (lo + hi) // 2

    s_lo, s_hi = 0.7, 1.6  # bisection on the exponent: steeper, fewer distinct authors
    for _ in range(12):
        s = (s_lo + s_hi) / 2
        if abs(s - 1) < 1e-3:
            s += 2e-3
        pool = pool_for(s)
        if zipf_share_single(s, pool, n_models)[1] / n_models > target_authors:
            s_lo = s
        else:
            s_hi = s
    s = (s_lo + s_hi) / 2
    pool = pool_for(s)
    fitted_single, active = zipf_share_single(s, pool, n_models)
    majors_2022 = ("google", "microsoft", "facebook")
    named = [a for a, _ in by_author.most_common(60) if a not in majors_2022 and a != "huggingface"][:40]
    profile["authors"] = {
        "source": LIANG + " (models per author)",
        "authors": len(sizes), "models": n_models,
        "single_model_share": r(target_single, 4),
        "size_tail": size_tail,
        "zipf_exponent": r(s, 4),
        "zipf_note": "rank-frequency exponent and pool size fitted so that the generator's author draw gives the"
                     " real single-model share and authors per model (its size tail is then about 1/exponent)",
        "pool_per_record": r(pool / n_models, 4),
        "pool_fit": {"single_model_share": r(fitted_single, 4), "authors_per_record": r(active / n_models, 4),
                     "real_authors_per_record": r(len(sizes) / n_models, 4)},
        "named": named,
        "named_note": "the most prolific authors of 2022 (minus google, microsoft, facebook), in rank order",
    }

    # ---- major organisations (origin mix) ----
    major = read_csv(MAJOR)
    org_models = Counter(x["owner"] for x in major)
    lic_rows = read_csv(MAJOR_LIC)
    org_lic = defaultdict(dict)
    for x in lic_rows:
        org_lic[x["owner"]][x["license"]] = int(x["count"])
    major_dl = [float(x["downloads"] or 0) for x in major]
    liang_major = sum(by_author[a] for a in majors_2022)
    liang_major_dl = sum(float(x["downloads"] or 0) for x in liang if x["author"] in majors_2022)
    profile["major_orgs"] = {
        "source": MAJOR + " (models per owner, Oct 2025); " + MAJOR_LIC + " (licenses); record_share from " + LIANG,
        "record_share": r(liang_major / n_models, 4),
        "record_share_note": "share of Liang 2022 models by google, microsoft and facebook (the 2022 names of the"
                             " 7 orgs); their download share there was " + f"{liang_major_dl / sum(downloads):.4f}",
        "orgs": [{"name": o, "models": c, "licenses": dict(sorted(org_lic.get(o, {}).items()))}
                 for o, c in org_models.most_common()],
        "downloads": downloads_profile(major_dl, MAJOR + " (downloads, 30-day)"),
    }

    # ---- model trees: relations, fan-out, depth, licenses, missing fields, dirt ----
    rel_edges = Counter()
    fan = {rel: [] for rel in RELATION_COLUMNS.values()}
    depth = Counter()
    licenses = Counter()
    parsed = no_license = no_pipeline = no_library = not_json = 0
    likes = []
    tree_downloads = []
    ids = set()
    tag_parents = []
    params, parent_of = {}, {}
    card_values = card_junk = card_self = card_needs_norm = card_only = 0
    rows_total = 0
    for path in sorted(glob.glob(os.path.join(RAW, TREES))):
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                rows_total += 1
                ids.add(row["model_id"])
                d = row.get("depth")
                if d not in (None, "") and int(float(d)) > 0:
                    depth[int(float(d))] += 1
                for col, rel in RELATION_COLUMNS.items():
                    v = row.get(col)
                    if v not in (None, ""):
                        rel_edges[rel] += int(float(v))
                        fan[rel].append(int(float(v)))
                try:
                    md = json.loads(row["metadata"])
                except (ValueError, TypeError):
                    not_json += 1
                    continue
                parsed += 1
                tags = md.get("tags") or []
                lic = [t[8:] for t in tags if t.startswith("license:")]
                if lic:
                    licenses[lic[0]] += 1
                else:
                    no_license += 1
                no_pipeline += not md.get("pipeline_tag")
                no_library += not md.get("library_name")
                likes.append(md.get("likes") or 0)
                tree_downloads.append(md.get("downloads") or 0)
                total = next((o.get("total") for o in (md.get("safetensors"), md.get("gguf"))
                              if isinstance(o, dict) and isinstance(o.get("total"), int) and o["total"] > 0), None)
                params[md.get("id")] = total
                tagged = [t.split(":")[-1] for t in tags if t.startswith("base_model:")]
                if tagged:
                    parent_of[md.get("id")] = tagged[0]
                tag_parents += [(md.get("id"), p) for p in tagged]
                card = row.get("card") or ""
                front = re.match(r"\s*---\n(.*?)\n---", card, re.S)
                values = []
                if front:
                    lines = front.group(1).split("\n")
                    for i, line in enumerate(lines):
                        if line.startswith("base_model:"):
                            rest = line[len("base_model:"):].strip()
                            if rest:
                                values.append(rest)
                            else:
                                j = i + 1
                                while j < len(lines) and lines[j].startswith(("-", " ")):
                                    values.append(lines[j].strip()[1:].strip())
                                    j += 1
                for v in values:
                    card_values += 1
                    n = norm(v)
                    if n is None:
                        card_junk += 1
                    elif n == row["model_id"]:
                        card_self += 1
                    elif n != v:
                        card_needs_norm += 1
                if values and not tagged:
                    card_only += 1
    derivatives_total = sum(rel_edges.values())
    absent = sum(1 for _child, p in tag_parents if p not in ids)
    fanout = {}
    for rel, counts in fan.items():
        having = [c for c in counts if c > 0]
        fanout[rel] = {"parents": len(counts), "with_any_share": r(len(having) / len(counts), 4),
                       "mean_when_any": r(sum(having) / len(having), 4) if having else 0, "max": max(counts)}
    deriv_rows = sum(depth.values())
    profile["derivatives"] = {
        "source": TREES + " (children/adapters/quantized/merges counts of every row; depth column)",
        "share": 0.4,
        "share_note": "assumed: the data hold no Hub-wide share of models with a parent (trees list only lineages)",
        "relation_edges": dict(sorted(rel_edges.items())),
        "relations": {k: r(v / derivatives_total, 4) for k, v in sorted(rel_edges.items())},
        "fanout": fanout,
        "depth": {str(k): r(v / deriv_rows, 4) for k, v in sorted(depth.items())},
        "parent_absent_share": r(absent / len(tag_parents), 4),
        "parent_absent_note": "base_model tags naming a model that is no row of any tree file",
        "quantized_parent_share": 0.02,
        "quantized_parent_note": "assumed: a quantized model is rarely fine-tuned again (the trees hold fine-tune rows"
                                 " only, so children of quantized models are not observable here)",
    }
    counted = [v for v in params.values() if v]
    pairs = [(params[c], params[p]) for c, p in parent_of.items() if params.get(c) and params.get(p)]
    same = sum(1 for c, p in pairs if abs(math.log10(c / p)) < 0.05)
    profile["parameters"] = {
        "source": TREES + " (metadata safetensors.total, else gguf.total, of every parsed record)",
        "records": len(params),
        "share": r(len(counted) / len(params), 4),
        "log10_quantiles": quantiles([math.log10(v) for v in counted], 20),
        "inherit_share": r(same / len(pairs), 4),
        "inherit_source": f"{len(pairs)} records whose first base_model parent also has a count: share within 12%"
                          " of the parent's (|log10 ratio| < 0.05)",
        "note": "the tree records are fine-tunes and their roots; adapters, quantized models and merges are assumed"
                " to follow them (an adapter repository's safetensors would count only the adapter's weights)",
    }
    profile["licenses"] = {
        "source": TREES + " (first license:X tag of each parsed metadata)",
        "missing_share": r(no_license / parsed, 4),
        "mix": {k: r(v / (parsed - no_license), 4) for k, v in sorted(licenses.items()) if v >= 2},
        "mix_note": "licenses seen once are left out (share renormalised by the generator)",
    }
    profile["missing"] = {
        "source": TREES + " (parsed metadata)",
        "pipeline_tag": r(no_pipeline / parsed, 4), "library_name": r(no_library / parsed, 4),
        "metadata_not_json": r(not_json / rows_total, 4),
    }
    profile["likes"] = {"source": TREES + " (likes)", "zero_share": r(sum(1 for v in likes if v == 0) / len(likes), 4),
                        "positive_quantiles": quantiles([v for v in likes if v > 0], 20)}
    profile["dirt"] = {
        "source": TREES + " (base_model values of each card's YAML front matter)",
        "card_values": card_values,
        "invalid_share": r(card_junk / card_values, 4),
        "self_reference_share": r(card_self / card_values, 4),
        "needs_normalising_share": r(card_needs_norm / card_values, 4),
        "card_only_share": r(card_only / parsed, 4),
        "placeholder_share": 0.002,
        "placeholder_note": "assumed: no ORIGINAL_REPO_NAME-like placeholder occurs in these cards (0 of "
                            f"{card_values}); 0.002 is below the 95% upper bound 3/{card_values} (rule of three)"
                            " and keeps the ingest's junk path exercised",
        "self_reference_assumed": 0.001,
    }

    # ---- growth ----
    created = Counter(x["creation_time"][:7] for x in liang if x["creation_time"])
    liang_rate, months = monthly_rate(created, "2021-01", "2022-08")
    major_created = Counter(x["created_at"][:7] for x in major if x["created_at"])
    major_rate, major_months = monthly_rate(major_created, "2023-01", "2025-09")
    kb = defaultdict(dict)
    for path in sorted(glob.glob(os.path.join(RAW, KBLAB))):
        date = os.path.basename(path)[:10]
        for x in read_csv(os.path.relpath(path, RAW)):
            kb[date][x["model_url"]] = float(x["downloads"] or 0)
    dates = sorted(kb)
    ratios = []  # the org's total over the models present in both months
    per_model = []  # each model's own month-over-month log ratio
    for a, b in zip(dates, dates[1:]):
        both = [u for u in kb[a] if u in kb[b]]
        sa, sb = sum(kb[a][u] for u in both), sum(kb[b][u] for u in both)
        if sa > 0 and sb > 0:
            ratios.append(math.log(sb / sa))
        per_model += [math.log(kb[b][u] / kb[a][u]) for u in both if kb[a][u] > 0 and kb[b][u] > 0]
    ratios.sort()
    median_log = ratios[len(ratios) // 2]
    mean_pm = sum(per_model) / len(per_model)
    spread = (sum((x - mean_pm) ** 2 for x in per_model) / len(per_model)) ** 0.5
    profile["growth"] = {
        "models_monthly_rate": r(liang_rate, 4),
        "models_source": LIANG + f" (ln models created per month, least squares, {months[0]}..{months[-1]})",
        "major_orgs_monthly_rate": r(major_rate, 4),
        "major_orgs_source": MAJOR + f" (created_at per month, {major_months[0]}..{major_months[-1]})",
        "downloads_monthly_rate": r(math.exp(median_log) - 1, 4),
        "downloads_monthly_log_sd": r(spread, 4),
        "downloads_log_sd_source": KBLAB + f" (sd of each model's month-over-month ln ratio, {len(per_model)} pairs)",
        "downloads_source": KBLAB + " (median month-over-month ratio of 30-day downloads of the same models, "
                            f"{len(ratios)} pairs, {dates[0]}..{dates[-1]})",
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(profile, f, indent=1, sort_keys=False)
        f.write("\n")
    print(json.dumps({k: v for k, v in profile.items() if k != "comment"}, indent=1)[:6000])


if __name__ == "__main__":
    main()
