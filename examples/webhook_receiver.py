#!/usr/bin/env python3
"""A webhook receiver that checks every delivery's signature, using only the standard library.

    CAREFEED_WEBHOOK_SECRET=whsec_... python3 examples/webhook_receiver.py [port, default 8099]

Prints one line per delivery: "verified" and what happened, or "REFUSED" and why. Answers 204 to a
delivery it verified and 401 to one it did not (Carefeed then retries it, with back-off).
"""
import hashlib
import hmac
import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

SECRET = os.environ["CAREFEED_WEBHOOK_SECRET"]
TOLERANCE_SECONDS = 300
seen = set()  # event ids already handled: a delivery can come twice


def verified(timestamp, body, signature):
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    expected = "v1=" + hmac.new(SECRET.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        timestamp = self.headers.get("Carefeed-Timestamp", "0")
        signature = self.headers.get("Carefeed-Signature", "")
        if not verified(timestamp, body, signature):
            print("REFUSED: signature or timestamp does not match", flush=True)
            self.send_response(401)
            self.end_headers()
            return
        event = json.loads(body)
        again = " (again: ignored)" if event["id"] in seen else ""
        seen.add(event["id"])
        print(f"verified {event['kind']} of {event['providerId']}, event {event['id']}{again}", flush=True)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


port = int(sys.argv[1]) if len(sys.argv) > 1 else 8099
print(f"listening on http://localhost:{port}/", flush=True)
HTTPServer(("127.0.0.1", port), Receiver).serve_forever()
