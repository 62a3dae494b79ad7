#!/usr/bin/env python3
"""Independent computation of indicators 1-5 and 7 from raw Hub files, for the report's golden tests.

Usage:
  python3 scripts/independent_indicators.py tree FILE.csv...            # model-tree CSVs, one snapshot
  python3 scripts/independent_indicators.py majororgs hf_models_by_author.csv
Reads the origin registry and license table from core/src/main/resources. Prints JSON:
{downloads_by_origin: {origin: downloads}, downloads_by_foundation_origin: {origin: downloads},
 first_party_downloads_by_origin: {...}, derivatives_by_foundation_origin: {relation: {origin: n}},
 builders_by_foundation_origin: {origin: builders}, license_classes: {class: [models, downloads]}}
Written apart from the Java code (stdlib only) so the tests compare two implementations of DESIGN.md.
"""
import csv, json, os, re, sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(__file__))
from count_tree_csv import norm, split_list, card_base_models, TREE, TYPED  # noqa: E402

csv.field_size_limit(10**9)
RES = os.path.join(os.path.dirname(__file__), "..", "core", "src", "main", "resources")


def registry():
    out = {}
    with open(os.path.join(RES, "origin", "registry.csv"), newline="") as f:
        for r in csv.DictReader(f):
            if r["origin"]:  # an empty origin: the row does not place its author (UNATTRIBUTED)
                out[r["author"].lower()] = r["origin"]
    return out


def license_table():
    rows, hints = {}, []
    with open(os.path.join(RES, "license", "licenses.csv"), newline="") as f:
        for r in csv.DictReader(f):
            rows[r["hub_license"]] = r["class"]
    with open(os.path.join(RES, "license", "link-hints.csv"), newline="") as f:
        for r in csv.DictReader(f):
            hints.append((r["link_contains"], r["hub_license"]))
    return rows, hints


def lnorm(v):
    return re.sub(r"[\s_]+", "-", (v or "").strip().lower())


def classify(lic, name, link, rows, hints):
    hub = lnorm(lic)
    if hub and rows.get(hub) not in (None, "unknown"):
        return rows[hub]
    def by_name(n):
        if not n:
            return None
        c = rows.get(n)
        for suf in ("-license-agreement", "-license", "-licence"):
            if c is None and n.endswith(suf) and len(n) > len(suf):
                c = rows.get(n[: -len(suf)])
        return c if c != "unknown" else None
    if hub and hub not in rows:
        c = by_name(hub)
        if c:
            return c
    c = by_name(lnorm(name))
    if c:
        return c
    flat = re.sub(r"[^a-z0-9]", "", (link or "").lower())
    if flat:
        for contains, target in hints:
            if contains in flat:
                return rows[target]
    return "unknown"


def card_value(card, key):
    if isinstance(card, dict):
        v = card.get(key)
        return v[0] if isinstance(v, list) and v else (v if isinstance(v, str) else None)
    if not isinstance(card, str):
        return None
    lines = card.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(key + ":"):
            rest = line[len(key) + 1:].strip().strip("'\"")
            if rest:
                return rest
            if i + 1 < len(lines) and lines[i + 1].strip().startswith("- "):
                return lines[i + 1].strip()[2:].strip().strip("'\"")
    return None


def read_tree(paths):
    records, edges = {}, defaultdict(set)
    for path in paths:
        with open(path, newline="") as f:
            for row in csv.DictReader(f):
                mid = norm(row["model_id"])
                try:
                    meta = json.loads(row["metadata"])
                except ValueError:
                    meta = {}
                tags = meta.get("tags") or []
                card = meta.get("card_data", meta.get("cardData"))
                lic = next((t[len("license:"):] for t in tags if t.startswith("license:")), None)
                if not lic or not lic.strip():
                    lic = card_value(card, "license")
                rec = {"author": meta.get("author") or mid.split("/")[0] if "/" in mid else meta.get("author"),
                       "downloads": meta.get("downloads") or 0, "lm": meta.get("last_modified"),
                       "license": lic, "license_name": card_value(card, "license_name"),
                       "license_link": card_value(card, "license_link")}
                old = records.get(mid)
                if old is None or not (rec["lm"] is None and old["lm"] is not None) and (
                        old["lm"] is None or rec["lm"] >= old["lm"]):
                    records[mid] = rec
                had = False
                for t in tags:
                    if t.startswith("base_model:"):
                        had = True
                        rest = t[len("base_model:"):]
                        head, sep, tail = rest.partition(":")
                        rel, parent = (head, tail) if sep and head in TYPED else ("unspecified", rest)
                        p = norm(parent)
                        if p:
                            edges[(mid, p)].add(rel)
                if not had:
                    for raw in card_base_models(card):
                        p = norm(str(raw))
                        if p:
                            edges[(mid, p)].add("unspecified")
                for col, rel in TREE.items():
                    for child in split_list(row.get(col)):
                        c = norm(child)
                        if c:
                            edges[(c, mid)].add(rel)
    for rels in edges.values():
        if len(rels) > 1:
            rels.discard("unspecified")
    return records, edges


def read_majororgs(path):
    records = {}
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            records[r["repo_id"]] = {"author": r["owner"], "downloads": int(r["downloads"]), "lm": r["last_modified"],
                                     "license": r["license"] or None, "license_name": None, "license_link": None}
    return records, {}


def main():
    kind, paths = sys.argv[1], sys.argv[2:]
    records, edges = read_tree(paths) if kind == "tree" else read_majororgs(paths[0])
    reg = registry()
    rows, hints = license_table()
    parents = defaultdict(list)
    for (c, p) in edges:
        if c != p:
            parents[c].append(p)
    nodes = set(records) | {c for c, _ in edges} | {p for _, p in edges}

    def author(n):
        r = records.get(n)
        return r["author"] if r and r["author"] else (n.split("/")[0] if "/" in n else None)

    def origin(a):
        return reg.get((a or "").lower(), "UNATTRIBUTED")

    memo = {}

    def roots(n, stack=()):
        if n in memo:
            return memo[n]
        assert n not in stack, "cycle at " + n
        ps = parents.get(n, [])
        out = {n} if not ps else set().union(*(roots(p, stack + (n,)) for p in ps))
        memo[n] = out
        return out

    sys.setrecursionlimit(100000)
    res = {k: defaultdict(float) for k in ["downloads_by_origin", "downloads_by_foundation_origin",
                                           "first_party_downloads_by_origin"]}
    lic = defaultdict(lambda: [0, 0])
    for n, r in records.items():
        d = r["downloads"] or 0
        res["downloads_by_origin"][origin(author(n))] += d
        rs = roots(n)
        for root in rs:
            res["downloads_by_foundation_origin"][origin(author(root))] += d / len(rs)
            if (author(n) or "").lower() == (author(root) or "").lower():
                res["first_party_downloads_by_origin"][origin(author(root))] += d / len(rs)
        c = classify(r["license"], r["license_name"], r["license_link"], rows, hints)
        lic[c][0] += 1
        lic[c][1] += d
    deriv = defaultdict(lambda: defaultdict(float))
    builders = defaultdict(set)
    for n in nodes:
        rels = {rel for p in parents.get(n, []) for rel in edges[(n, p)]}
        if not rels:
            continue
        rs = roots(n)
        for root in rs:
            o = origin(author(root))
            deriv["total"][o] += 1 / len(rs)
            for rel in rels:
                deriv[rel][o] += 1 / len(rs)
            if author(n):
                builders[o].add(author(n).lower())
    out = {k: dict(v) for k, v in res.items()}
    out["derivatives_by_foundation_origin"] = {rel: dict(v) for rel, v in deriv.items()}
    out["builders_by_foundation_origin"] = {o: len(b) for o, b in builders.items()}
    out["license_classes"] = {c: v for c, v in lic.items()}
    print(json.dumps(out, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
