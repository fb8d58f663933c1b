#!/usr/bin/python3
"""Reads an Atom feed with feedparser (Debian's python3-feedparser), as a Python feed reader would.

    /usr/bin/python3 read_feed.py http://localhost:8082/feeds/reviews.atom

Prints the feed as JSON (its version, title, links and each entry's id, title, content, author and
dates) and exits 0; exits 2 if feedparser had anything to say about the feed (its "bozo" flag: not
well-formed, wrong encoding or content type), printing what.
"""
import json
import sys

import feedparser


def main(url):
    feed = feedparser.parse(url)
    if feed.bozo:
        print("feedparser objects: %r" % (feed.bozo_exception,), file=sys.stderr)
        return 2
    print(json.dumps({
        "version": feed.version,
        "title": feed.feed.get("title"),
        "links": [{"rel": link.get("rel"), "href": link.get("href")} for link in feed.feed.get("links", [])],
        "entries": [{
            "id": entry.get("id"),
            "title": entry.get("title"),
            "content": [{"type": c.get("type"), "value": c.get("value")} for c in entry.get("content", [])],
            "author": entry.get("author"),
            "published": entry.get("published"),
            "updated": entry.get("updated"),
        } for entry in feed.entries],
    }, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
