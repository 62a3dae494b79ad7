#!/usr/bin/env python3
"""Independent computation of the trend indicators (13-15) from raw files, for the report's tests.

Usage:
  python3 scripts/independent_trends.py tree [--min-downloads N] [--unplace a,b] FILE.csv...   # model-tree CSVs
  python3 scripts/independent_trends.py epoch [--thresholds 1e23,...] FILE.csv   # an Epoch AI model CSV
Prints JSON.
  tree:  {new_derivatives_by_month: {month: {origin: n}}, new_models_by_month: {month: {origin: n}},
          crossover: [{leader, challenger, month, months_above, month_before}],
          downloads_by_size_class: {view: {size_class: {origin: [models, downloads, top_author]}}},
          bounds: {new_derivatives_by_month: {month: {origin: [share, share_low, share_high]}},
                   new_models_by_month: {...}, downloads_by_size_class: {view: {size_class: {origin: [...]}}}},
          coverage: {new_derivatives: [attributed, organisations unplaced or unknown, individuals], new_models: [...]}}
  --unplace a,b: those authors as rows that do not place them (an override file's empty origin), so that the
  foundations of derivatives have UNATTRIBUTED mass too.
  epoch: {open_weight_compute: {year: {origin: {label: models, "max_flop": x, "max_model": m}}}}
Months are the UTC calendar month of created_at ("undated" without one). Reads the origin registry from
core/src/main/resources; Epoch's country names are its own table. Written apart from the Java code (stdlib only: its own CSV/JSON
reading, datetime for months, its own root walk) so the tests compare two implementations of METHODOLOGY.md.
"""
import csv, json, os, sys
from collections import defaultdict
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(__file__))
from independent_indicators import individuals, lineage, read_tree, registry  # noqa: E402

csv.field_size_limit(10**9)
RES = os.path.join(os.path.dirname(__file__), "..", "core", "src", "main", "resources")
CLASSES = [("<1B", 1e9), ("1-10B", 1e10), ("10-100B", 1e11), ("100-250B", 2.5e11), (">=250B", float("inf"))]


def month_of(text):
    """The UTC month of a Hub timestamp ('2025-01-01 15:50:29+00:00', '2024-03-05T10:00:00.000Z'), or None."""
    if not text or not isinstance(text, str):
        return None
    t = text.strip().replace("Z", "+00:00").replace(" ", "T", 1)
    try:
        dt = datetime.fromisoformat(t)
    except ValueError:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc)
    return "%04d-%02d" % (dt.year, dt.month)


def positive(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v if v > 0 else None
    if isinstance(v, float) and v > 0 and v == int(v):
        return int(v)
    return None


def parameters(meta):
    for key in ("safetensors", "gguf"):
        obj = meta.get(key)
        if isinstance(obj, dict) and obj.get("total") is not None:
            p = positive(obj.get("total"))
            if p is not None:
                return p
    return None


def size_class(p):
    if p is None:
        return "unknown"
    for name, upper in CLASSES:
        if p < upper:
            return name


def bounds(by_origin):
    """origin -> [share, share_low, share_high]: the share if none / all of the UNATTRIBUTED mass belonged to
    the origin (UNATTRIBUTED itself: 0 to its share); None throughout when the total is 0."""
    total = sum(by_origin.values())
    u = by_origin.get("UNATTRIBUTED", 0)
    out = {}
    for o, n in by_origin.items():
        if total == 0:
            out[o] = [None, None, None]
        elif o == "UNATTRIBUTED":
            out[o] = [n / total, 0.0, n / total]
        else:
            out[o] = [n / total, n / total, (n + u) / total]
    return out


def tree(paths, min_downloads, unplace=frozenset()):
    records, edges = read_tree(paths, lambda meta: {"month": month_of(meta.get("created_at")),
                                                    "parameters": parameters(meta)})
    reg = {a: o for a, o in registry().items() if a not in unplace}
    parents, nodes, author, origin, roots = lineage(records, edges, reg)
    ind = individuals()
    # attribution coverage of the monthly series: [attributed, organisations unplaced or unknown, individuals]
    coverage = {"new_derivatives": [0.0, 0.0, 0.0], "new_models": [0.0, 0.0, 0.0]}

    def cover(basis, a, mass):
        part = 0 if origin(a) != "UNATTRIBUTED" else 2 if (a or "").lower() in ind else 1
        coverage[basis][part] += mass

    def kept(n):
        r = records.get(n)
        return min_downloads == 0 or (r is not None and (r["downloads"] or 0) >= min_downloads)

    deriv = defaultdict(lambda: defaultdict(float))
    for n in nodes:
        if not parents.get(n) or not kept(n):
            continue
        r = records.get(n)
        month = (r["month"] if r else None) or "undated"
        rs = roots(n)
        for root in rs:
            deriv[month][origin(author(root))] += 1 / len(rs)
            cover("new_derivatives", author(root), 1 / len(rs))
    models = defaultdict(lambda: defaultdict(int))
    for n, r in records.items():
        if (r["downloads"] or 0) >= min_downloads:
            models[r["month"] or "undated"][origin(author(n))] += 1
            cover("new_models", author(n), 1)
    sizes = {"publisher": defaultdict(lambda: defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))),
             "foundation": defaultdict(lambda: defaultdict(lambda: defaultdict(lambda: [0.0, 0.0])))}
    for n, r in records.items():
        c, d = size_class(r["parameters"]), r["downloads"] or 0
        a = sizes["publisher"][c][origin(author(n))][author(n)]
        a[0] += 1
        a[1] += d
        rs = roots(n)
        for root in rs:
            a = sizes["foundation"][c][origin(author(root))][author(root)]
            a[0] += 1 / len(rs)
            a[1] += d / len(rs)
    size_out = {}
    for view, by_class in sizes.items():
        size_out[view] = {}
        for c, by_origin in by_class.items():
            size_out[view][c] = {}
            for o, by_author in by_origin.items():
                top = sorted(by_author.items(), key=lambda kv: (-kv[1][1], kv[0]))[0]
                size_out[view][c][o] = [sum(v[0] for v in by_author.values()),
                                        sum(v[1] for v in by_author.values()),
                                        top[0] if top[1][1] > 0 else None]
    size_bounds = {view: {c: bounds({o: sum(a[1] for a in by_author.values())
                                      for o, by_author in by_origin.items()})
                          for c, by_origin in by_class.items()}
                   for view, by_class in sizes.items()}
    return {"new_derivatives_by_month": {m: dict(v) for m, v in deriv.items()},
            "new_models_by_month": {m: dict(v) for m, v in models.items()},
            "crossover": crossover({m: v for m, v in deriv.items() if m != "undated"}),
            "downloads_by_size_class": size_out,
            "bounds": {"new_derivatives_by_month": {m: bounds(v) for m, v in deriv.items()},
                       "new_models_by_month": {m: bounds(v) for m, v in models.items()},
                       "downloads_by_size_class": size_bounds},
            "coverage": coverage}


def crossover(deriv):
    """The first month from which the challenger's share stays above the leader's for 3 calendar months."""
    totals = defaultdict(float)
    for by in deriv.values():
        for o, n in by.items():
            totals[o] += n
    top = sorted(totals, key=lambda o: (-totals[o], o))[:2]
    months = sorted(deriv)

    def index(m):
        return int(m[:4]) * 12 + int(m[5:]) - 1

    out = []
    for leader in top:
        for challenger in top:
            if leader == challenger:
                continue

            def share(m, o):
                return deriv[m].get(o, 0) / sum(deriv[m].values())

            islands = []  # runs of calendar-consecutive months in which the challenger is above
            for m in months:
                if share(m, challenger) > share(m, leader):
                    if islands and index(m) == index(islands[-1][-1]) + 1:
                        islands[-1].append(m)
                    else:
                        islands.append([m])
            found = {"leader": leader, "challenger": challenger, "month": None, "months_above": 0,
                     "month_before": None}
            for run in islands:  # a run starting in the first month is a lead held from the start
                if len(run) >= 3 and run[0] != months[0]:
                    found.update(month=run[0], months_above=len(run),
                                 month_before=months[months.index(run[0]) - 1])
                    break
            out.append(found)
    return out


# Epoch AI's country names as ISO 3166-1 alpha-2 codes, written here by hand (every name of the Epoch files).
COUNTRIES = {
    "Australia": "AU", "Bulgaria": "BG", "Canada": "CA", "China": "CN", "Finland": "FI", "France": "FR",
    "Germany": "DE", "Hong Kong": "HK", "Israel": "IL", "Japan": "JP", "Korea (Republic of)": "KR",
    "Multinational": "INTL", "Poland": "PL", "Russia": "RU", "Saudi Arabia": "SA", "Singapore": "SG",
    "Switzerland": "CH", "Ukraine": "UA", "United Arab Emirates": "AE", "United States of America": "US",
    "United Kingdom of Great Britain and Northern Ireland": "GB", "India": "IN", "Netherlands": "NL",
    "Spain": "ES", "Italy": "IT", "Sweden": "SE", "Taiwan": "TW", "Viet Nam": "VN", "Vietnam": "VN",
}


def country_origin(names):
    """The one country a row's organisations share ("Multinational" beside a country dropped; Hong Kong in
    China is HK), MULTI when they differ, UNATTRIBUTED when none or unknown."""
    codes = [COUNTRIES.get(n) for n in names]
    if not codes or None in codes:
        return "UNATTRIBUTED"
    distinct = set(codes)
    if len(distinct) > 1:
        distinct.discard("INTL")
    if distinct in ({"HK", "CN"}, {"MO", "CN"}):
        distinct.discard("CN")
    return distinct.pop() if len(distinct) == 1 else "MULTI"


def epoch(path, thresholds):
    out = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    best = {}
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if not r["Model accessibility"].startswith("Open weights"):
                continue
            origin = country_origin([c.strip() for c in r["Country (of organization)"].split(",") if c.strip()])
            year = r["Publication date"][:4] if r["Publication date"].strip() else None
            flop = float(r["Training compute (FLOP)"]) if r["Training compute (FLOP)"].strip() else None
            cell = out[year][origin]
            cell["all"] += 1
            if flop is None:
                cell["no estimate"] += 1
            for t in thresholds:
                cell[t[0]] += 1 if flop is not None and flop >= t[1] else 0
            key = (year, origin)
            if flop is not None and (key not in best or (-flop, r["Model"]) < (-best[key][0], best[key][1])):
                best[key] = (flop, r["Model"])
    result = {}
    for year, by in out.items():
        result[str(year)] = {}
        for o, cell in by.items():
            b = best.get((year, o))
            result[str(year)][o] = dict(cell, max_flop=b[0] if b else None, max_model=b[1] if b else None)
    return {"open_weight_compute": result}


def main():
    kind, args = sys.argv[1], sys.argv[2:]
    min_downloads, thresholds, unplace = 0, "1e23,1e24,1e25,1e26", frozenset()
    while args and args[0].startswith("--"):
        if args[0] == "--min-downloads":
            min_downloads = int(args[1])
        elif args[0] == "--thresholds":
            thresholds = args[1]
        elif args[0] == "--unplace":
            unplace = frozenset(a.lower() for a in args[1].split(","))
        args = args[2:]
    if kind == "tree":
        out = tree(args, min_downloads, unplace)
    else:
        ts = [(">=" + t.strip(), float(t)) for t in thresholds.split(",")]
        out = epoch(args[0], ts)
    print(json.dumps(out, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
