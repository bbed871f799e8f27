#!/usr/bin/env python3
"""Prints the one table of ./portal bench from Gatling's reports (js/stats.json of each scenario's run) and the
rush's output. Arguments: static-report plain-report browse-report submit-report rush-output-file heap-text
[rush2-output-file] (the two-node rush: its line, one line per node and the mails line under it) [heap-after-submission-text].
A report that is missing ("-") gives a line "not run"; the ratio is each scenario's requests per second divided by
the static page's."""
import html
import os
import re
import sys


def stats(report):
    """The statistics table of the report's index.html (Gatling 3.14 writes no stats.json any more): the global
    line ("Global") and one per request name, each with count, KO, count per second and percentiles."""
    index = os.path.join(report, "index.html")
    if report == "-" or not os.path.isfile(index):
        return None
    page = open(index, encoding="utf-8").read()
    # the global line is in the table's head, the requests in its body: two tables one after the other
    start = page.index('id="container_statistics_head"')
    end = page.index("</table>", page.index('id="container_statistics_body"'))
    body = page[start:end]
    rows = {}
    for chunk in body.split("<tr id=")[1:]:
        name = "Global" if chunk.startswith('"ROOT"') else html.unescape(
            re.search(r'class="ellipsed-name">([^<]*)</span>', chunk).group(1))
        cols = {int(c): v for c, v in re.findall(r'col-(\d+)">([^<]*)</td>', chunk)}
        num = lambda c: float(cols[c].replace(",", "")) if cols.get(c, "-") not in ("-", "") else 0.0
        rows[name] = {"count": int(num(2)), "ko": int(num(4)), "rps": num(6), "p50": num(8), "p95": num(10),
                      "p99": num(11)}
    return rows


def fmt(v, digits=0):
    return ("{:,.%df}" % digits).format(v).replace(",", " ")


static_report, plain_report, browse_report, submit_report, rush_file, heap = sys.argv[1:7]
rush2_file = sys.argv[7] if len(sys.argv) > 7 else "-"
heap_submit = sys.argv[8] if len(sys.argv) > 8 else "not measured"
lines = []
static = stats(static_report)
base = static["Global"]["rps"] if static else None


def add(name, r, ratio=True, note=""):
    share = fmt(r["rps"] / base, 2) if ratio and base else "–"
    lines.append((name, fmt(r["rps"], 1), fmt(r["p50"]), fmt(r["p95"]), fmt(r["p99"]),
                  "%d of %s" % (r["ko"], fmt(r["count"])), share, note))


for label, report, pages in (("static page (same template)", static_report, False),
                             ("plain servlet", plain_report, False),
                             ("public browsing (mix)", browse_report, True),
                             ("submission load (signed in)", submit_report, True)):
    data = stats(report)
    if data is None:
        lines.append((label, "not run", "", "", "", "", "", ""))
        continue
    add(label, data["Global"])
    if pages:
        for name, r in data.items():
            # each user signs in once before its loop: in the scenario's line, not listed one by one
            if name != "Global" and not name.startswith("sign-in"):
                add("  " + name, r, ratio=False, note="its share of the mix")

def rush(label, path, nodes=False):
    """The rush's line from RushBenchmark's table; with nodes, its per-node lines and the mails line under it."""
    if path == "-" or not os.path.isfile(path):
        lines.append((label, "not run", "", "", "", "", "", ""))
        return
    text = open(path, encoding="utf-8").read()

    def field(name):
        m = re.search(r"\|\s*" + re.escape(name) + r"\s*\|\s*(.*?)\s*\|", text)
        return m.group(1) if m else "?"

    p50p95 = field("latency p50 / p95").replace(" ms", "").split(" / ")
    p99 = field("latency p99 / max").replace(" ms", "").split(" / ")[0]
    rps = field("throughput").split(" ")[0]
    note = "confirmed %s / waitlisted %s / overbooked %s; wall %s" % (
        field("confirmed (session seats)"), field("waitlisted"), field("overbooked (db held - seats)"),
        field("wall time"))
    ratio = fmt(float(rps) / base, 2) if base and re.match(r"^[0-9.]+$", rps) else "–"
    lines.append((label, rps, p50p95[0], p50p95[-1], p99, "%s of %s" % (field("errors"), field("attempts")), ratio,
                  note))
    if nodes:
        for name, outcome in re.findall(r"^\|\s*(node \d+ \S+)\s*\|\s*(.*?)\s*\|$", text, re.M):
            lines.append(("  " + name, "", "", "", "", "", "–", outcome))
        lines.append(("  mails", "", "", "", "", "", "–", field("mails")))


rush("registration rush", rush_file)
rush("registration rush, two nodes", rush2_file, nodes=True)

head = ("scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "× static", "")
widths = [max(len(str(l[i])) for l in lines + [head]) for i in range(len(head))]
out = lambda l: "| " + " | ".join(str(v).ljust(widths[i]) if i in (0, 5, 7) else str(v).rjust(widths[i])
                                  for i, v in enumerate(l)) + " |"
print(out(head))
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for l in lines:
    print(out(l))
print()
print("heap used after the public load (after a full GC): " + heap)
print("heap used after the submission load, its signed-in sessions still alive (after a full GC): " + heap_submit)
