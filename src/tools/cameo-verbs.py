#!/usr/bin/env python3
"""Writes models/stances/cameo-verbs.tsv from PETRARCH2's CAMEO verb dictionary (MIT).

Usage: python3 src/tools/cameo-verbs.py ../shared/resources/cameo/CAMEO.2.0.txt > models/stances/cameo-verbs.tsv

Each single-word verb of a verb block gets the direction of its block's CAMEO code (or of its
own code where the line gives one): +1 for cooperation (codes 03-08: intend to cooperate,
yield, diplomatic and material cooperation, aid), -1 for conflict (10-20: demand, disapprove,
reject, threaten, protest, ... force). Statements, appeals and investigation (01, 02, 09) and
verbs whose blocks disagree are left out. Phrase patterns ("- * ...") are not read.
"""
import re
import sys

HEADER = re.compile(r"^---\s+(\S+)\s+\[(\S+)\]\s+---")


def direction(code):
    m = re.match(r"(\d\d)\d", code)
    if not m:
        return 0
    c = int(m.group(1))
    return 1 if 3 <= c <= 8 else -1 if 10 <= c <= 20 else 0


def main(path):
    block = None
    seen = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        h = HEADER.match(line)
        if h:
            block = h.group(2)
            continue
        if block is None or not line or line.startswith(("#", "-", " ", "+")):
            continue
        word = line.split("#")[0].split("{")[0]
        own = re.search(r"\[(\S+)\]", word)
        word = re.sub(r"\[.*?\]", "", word).strip()
        if not re.fullmatch(r"[A-Z]+", word):
            continue
        d = direction(own.group(1) if own else block)
        if d:
            seen.setdefault(word.lower(), set()).add(d)
    print("# cameo-verbs.tsv: verb lemma -> +1 if its CAMEO class is cooperation (codes 03-08),")
    print("# -1 if conflict (10-20), from PETRARCH2's CAMEO verb dictionary (MIT, Open Event")
    print("# Data Alliance, github openeventdata/petrarch2). Written by src/tools/cameo-verbs.py;")
    print("# read by org.entente.stances.learn.PolarityLexicons. Columns, tab-separated.")
    for w in sorted(seen):
        if len(seen[w]) == 1:
            print(f"{w}\t{next(iter(seen[w]))}")


if __name__ == "__main__":
    main(sys.argv[1])
