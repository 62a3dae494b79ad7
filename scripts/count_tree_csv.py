#!/usr/bin/env python3
"""Independent count of models and parent edges in model-tree CSVs (DESIGN.md rules), for the golden test.

Usage: python3 scripts/count_tree_csv.py ../shared/data/raw/hf-model-trees-oderinwale/*.csv
Prints: file,models,edges,edges_finetune,edges_adapter,edges_quantized,edges_merge,edges_unspecified,metadata_not_json
Written separately from the Java ingest (stdlib csv/json/re plus PyYAML-free card parsing) so the test compares two
implementations of the same definitions.
"""
import csv, json, re, sys, os

csv.field_size_limit(10**9)
VALID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,95}(/[A-Za-z0-9._-]{1,96})?\Z")
PLACEHOLDERS = {"ORIGINAL_REPO_NAME", "None", "null", "none", "NULL", "base_model", "N/A", "NaN"}
TREE = {"children": "finetune", "adapters": "adapter", "quantized": "quantized", "merges": "merge"}
TYPED = {"finetune", "adapter", "quantized", "merge"}


def norm(raw):
    s = raw.strip()
    if s.startswith("- "):
        s = s[2:].strip()
    if len(s) >= 2 and s[0] in "\"'" and s[-1] == s[0]:
        s = s[1:-1].strip()
    for p in ("https://huggingface.co/", "http://huggingface.co/", "https://www.huggingface.co/", "huggingface.co/"):
        if s.lower().startswith(p):
            s = s[len(p):]
            break
    s = s.rstrip("/")
    if s in PLACEHOLDERS or not VALID.match(s):
        return None
    return s


def split_list(cell):
    s = (cell or "").strip()
    if s.startswith("[") and s.endswith("]"):
        s = s[1:-1]
    out = []
    for p in s.split(","):
        p = p.strip()
        if len(p) >= 2 and p[0] in "'\"" and p[-1] == p[0]:
            p = p[1:-1].strip()
        if p:
            out.append(p)
    return out


def card_base_models(card):
    """base_model from a card-data YAML string (only the shapes seen in these files: scalar or block list)."""
    if isinstance(card, dict):
        v = card.get("base_model")
        return v if isinstance(v, list) else ([v] if isinstance(v, str) else [])
    if not isinstance(card, str):
        return []
    lines = card.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("base_model:"):
            rest = line[len("base_model:"):].strip()
            if rest:
                if rest.startswith("["):
                    return split_list(rest)
                return [rest]
            out = []
            for nxt in lines[i + 1:]:
                if nxt.strip().startswith("- ") and (nxt.startswith(" ") or nxt.startswith("-")):
                    out.append(nxt.strip()[2:])
                else:
                    break
            return out
    return []


def count(path):
    edges = {}
    models, notjson = 0, 0
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            models += 1
            mid = norm(row["model_id"])
            try:
                meta = json.loads(row["metadata"])
            except ValueError:
                meta, notjson = {}, notjson + 1
            tags = meta.get("tags") or []
            had_tag = False
            for t in tags:
                if t.startswith("base_model:"):
                    had_tag = True
                    rest = t[len("base_model:"):]
                    rel, parent = "unspecified", rest
                    head, sep, tail = rest.partition(":")
                    if sep and head in TYPED:
                        rel, parent = head, tail
                    p = norm(parent)
                    if p:
                        edges.setdefault((mid, p), set()).add(rel)
            if not had_tag:
                card = meta.get("card_data", meta.get("cardData"))
                for raw in card_base_models(card):
                    p = norm(str(raw))
                    if p:
                        edges.setdefault((mid, p), set()).add("unspecified")
            for col, rel in TREE.items():
                for child in split_list(row.get(col)):
                    c = norm(child)
                    if c:
                        edges.setdefault((c, mid), set()).add(rel)
    by = {r: 0 for r in ["finetune", "adapter", "quantized", "merge", "unspecified"]}
    total = 0
    for rels in edges.values():
        if len(rels) > 1:
            rels.discard("unspecified")
        for r in rels:
            by[r] += 1
            total += 1
    return models, total, by, notjson


def main():
    print("file,models,edges,edges_finetune,edges_adapter,edges_quantized,edges_merge,edges_unspecified,metadata_not_json")
    for path in sys.argv[1:]:
        m, e, by, nj = count(path)
        print(",".join(map(str, [os.path.basename(path), m, e, by["finetune"], by["adapter"], by["quantized"],
                                   by["merge"], by["unspecified"], nj])))


if __name__ == "__main__":
    main()
