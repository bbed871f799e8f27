#!/usr/bin/env python3
"""Latency of the needs pages under concurrent visitors (p50/p95/p99), against a running portal.

Usage: tools/measure-needs.py [base_url] [concurrency] [requests_per_scenario]
Each scenario is requested by `concurrency` threads at once until `requests_per_scenario` answers are in.
"""
import statistics, sys, threading, time, urllib.request, urllib.parse, random

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
CONCURRENCY = int(sys.argv[2]) if len(sys.argv) > 2 else 10
REQUESTS = int(sys.argv[3]) if len(sys.argv) > 3 else 300
WORDS = ["Baugenehmigung", "Personalausweis online", "Parkausweis", "Kita-Platz", "Termine Bürgeramt",
         "Sperrmüll", "Radwege", "Wohngeld beantragen", "Schulanmeldung", "offene Daten"]

TYPED = ["Baugenehmigungen digital beantragen", "Ich möchte meinen Personalausweis online verlängern",
         "Anwohnerparkausweis ohne Termin im Bürgeramt", "Kita-Platz Vergabe transparent machen",
         "Wohngeld Antrag dauert zu lange", "Sperrmüll online anmelden und Termin wählen"]

SCENARIOS = {
    "list (newest, page 1)": lambda: "/needs/index.xhtml",
    "list with filter + sort": lambda: "/needs/index.xhtml?field=MOBILITY&sort=MOST_SUPPORTED&page=%d" % random.randint(0, 20),
    "search (list page)": lambda: "/needs/index.xhtml?q=" + urllib.parse.quote(random.choice(WORDS)),
    "search (API)": lambda: "/api/needs?q=" + urllib.parse.quote(random.choice(WORDS)),
    "similar-need suggestion (API)": lambda: "/api/needs/similar?text=" + urllib.parse.quote(random.choice(TYPED)),
    "need detail": lambda: "/needs/need.xhtml?id=%d" % random.choice(PUBLISHED_IDS),
}

def run(name, make_path):
    latencies, errors, lock = [], [0], threading.Lock()
    counter = [0]
    def worker():
        while True:
            with lock:
                if counter[0] >= REQUESTS:
                    return
                counter[0] += 1
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(BASE + make_path(), timeout=30) as r:
                    r.read()
                    ok = r.status == 200
            except Exception:
                ok = False
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(elapsed)
                if not ok:
                    errors[0] += 1
    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(CONCURRENCY)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    wall = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100)
    print("%-30s %6.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d" % (
        name, len(latencies) / wall, q[49], q[94], q[98], errors[0]))

import json
# details of published needs only (others answer 404 on purpose), taken from the API's most supported pages
PUBLISHED_IDS = [item["id"] for page in range(5) for item in json.load(urllib.request.urlopen(
    BASE + "/api/needs?sort=MOST_SUPPORTED&page=%d" % page, timeout=60))["items"]]

for name, make in SCENARIOS.items():
    run(name, make)
