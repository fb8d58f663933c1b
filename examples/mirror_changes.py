#!/usr/bin/env python3
"""Keeps a copy of all of Carefeed's open data up to date with one loop, using only the standard library.

    python3 examples/mirror_changes.py [http://localhost:8082] [--once]

Each change says what kind of thing changed (a provider, a review, figures, ...), which one, and its
data now; a change without data means the thing is gone (a withdrawn review, say). Apply them in order,
remember the page's "position", ask again from there: the mirror never misses a change, and a change
seen twice does no harm.
"""
import json
import sys
import time
import urllib.error
import urllib.request

base = next((a for a in sys.argv[1:] if not a.startswith("--")), "http://localhost:8082")
once = "--once" in sys.argv
mirror = {}   # (kind, id) -> data
position = 0

while True:
    try:
        with urllib.request.urlopen(f"{base}/api/changes?since={position}&limit=1000") as answer:
            page = json.load(answer)
    except urllib.error.HTTPError as refused:
        # 410: this position is no longer kept (take a fresh copy); 400: it was never given by this feed.
        sys.exit(f"{refused.code}: {json.load(refused).get('detail')}")
    for change in page["changes"]:
        if change["change"] == "lost":
            sys.exit("The feed lost a change: take a fresh copy from /downloads and start again.")
        key = (change["kind"], change["id"])
        if "data" in change:
            mirror[key] = change["data"]
        else:
            mirror.pop(key, None)
    position = page["position"]
    if page["caughtUp"]:
        kinds = {}
        for kind, _ in mirror:
            kinds[kind] = kinds.get(kind, 0) + 1
        print(f"up to position {position}:", ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
        if once:
            break
        time.sleep(10)
