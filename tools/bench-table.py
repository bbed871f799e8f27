#!/usr/bin/env python3
"""Prints the one table of ./portal bench from Gatling's reports (the statistics of each scenario's index.html),
the rush's output and the heap measurements. Arguments are NAME=VALUE: static, plain, browse, search, similar,
conditional, submit, sessions (report folders, "-" when not run), conditional_note (what the ETag probe found),
sessions_wanted, heap_sessions_before and heap_sessions (jcmd GC.heap_info answers), rush and rush2 (the rushes'
output files; the two-node rush with one line per node and the mails line under it), heap and heap_submit (texts),
page_cache (on or off). The ratio is each scenario's requests per second divided by the static page's; under the
public browsing each page's ratio is the static page's median latency divided by the page's."""
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


args = dict(a.split("=", 1) for a in sys.argv[1:])
arg = lambda name, default="-": args.get(name, default) or default
lines = []
static = stats(arg("static"))
base = static["Global"]["rps"] if static else None


def add(name, r, ratio=True, note=""):
    share = fmt(r["rps"] / base, 2) if ratio and base else "–"
    lines.append((name, fmt(r["rps"], 1), fmt(r["p50"]), fmt(r["p95"]), fmt(r["p99"]),
                  "%d of %s" % (r["ko"], fmt(r["count"])), share, note))


def by_latency(r):
    """A page of a mix against the static page: how many static pages one of it costs, from the medians."""
    if not static or not r["p50"]:
        return "–"
    return fmt(static["Global"]["p50"] / r["p50"], 2)


def heap_used_kib(path):
    """The heap in use from a jcmd GC.heap_info answer, in KiB; None when there is none."""
    try:
        text = open(path, encoding="utf-8").read()
    except OSError:
        return None
    m = re.search(r"heap\s+total\s+[\d,]+K,\s+used\s+([\d,]+)K", text)
    return int(m.group(1).replace(",", "")) if m else None


for label, key, pages in (("static page (same template)", "static", False),
                          ("plain servlet", "plain", False),
                          ("public browsing (mix)", "browse", True),
                          ("needs search (varying words)", "search", False),
                          ("similar needs while typing (API)", "similar", False),
                          ("conditional GET (304 expected)", "conditional", False),
                          ("submission load (signed in)", "submit", True)):
    data = stats(arg(key))
    if data is None:
        note = "no ETag" if key == "conditional" and arg("conditional_note") == "no ETag" else "not run"
        lines.append((label, note, "", "", "", "", "", ""))
        continue
    add(label, data["Global"], note=arg("conditional_note") if key == "conditional" else "")
    if pages:
        for name, r in data.items():
            # each user signs in once before its loop: in the scenario's line, not listed one by one
            if name != "Global" and not name.startswith("sign-in"):
                add("  " + name, r, ratio=False, note="its share of the mix")
                if key == "browse":
                    lines[-1] = lines[-1][:6] + (by_latency(r), "its share of the mix; ratio from the medians")


def sessions_line():
    """N signed-in sessions alive: how many signed in, and the heap in use after a full GC with them alive."""
    data = stats(arg("sessions"))
    if data is None:
        lines.append(("signed-in sessions alive", "not run", "", "", "", "", "", ""))
        return None
    landed = data.get("sign-in: back to the portal", {"count": 0, "ko": 0})
    alive = landed["count"] - landed["ko"]
    before, after = heap_used_kib(arg("heap_sessions_before")), heap_used_kib(arg("heap_sessions"))
    note = "%d of %s signed in with a form open" % (alive, arg("sessions_wanted"))
    summary = None
    if before is not None and after is not None:
        per = (after - before) / max(alive, 1)
        note += "; heap after a full GC %d MiB (before %d MiB, %.0f KiB per session)" % (
            after / 1024, before / 1024, per)
        summary = "heap used with %d signed-in sessions alive (after a full GC): %d MiB; before them %d MiB; " \
                  "%.0f KiB per session" % (alive, after / 1024, before / 1024, per)
    r = data["Global"]
    lines.append(("signed-in sessions alive", "", fmt(r["p50"]), fmt(r["p95"]), fmt(r["p99"]),
                  "%d of %s" % (r["ko"], fmt(r["count"])), "–", note))
    return summary


sessions_summary = sessions_line()

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
    # RushBenchmark retries a 503 (a full queue) and says how often: "| retries | N |" or "retries N"
    retries = field("retries")
    if retries == "?":
        m = re.search(r"\bretries\W{0,3}(\d+)", text)
        retries = m.group(1) if m else None
    if retries is not None:
        note += "; retries %s" % retries
    ratio = fmt(float(rps) / base, 2) if base and re.match(r"^[0-9.]+$", rps) else "–"
    lines.append((label, rps, p50p95[0], p50p95[-1], p99, "%s of %s" % (field("errors"), field("attempts")), ratio,
                  note))
    if nodes:
        for name, outcome in re.findall(r"^\|\s*(node \d+ \S+)\s*\|\s*(.*?)\s*\|$", text, re.M):
            lines.append(("  " + name, "", "", "", "", "", "–", outcome))
        lines.append(("  mails", "", "", "", "", "", "–", field("mails")))


rush("registration rush", arg("rush"))
rush("registration rush, two nodes", arg("rush2"), nodes=True)

head = ("scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "ratio", "")
widths = [max(len(str(l[i])) for l in lines + [head]) for i in range(len(head))]
out = lambda l: "| " + " | ".join(str(v).ljust(widths[i]) if i in (0, 5, 7) else str(v).rjust(widths[i])
                                  for i, v in enumerate(l)) + " |"
print(out(head))
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for l in lines:
    print(out(l))
print()
plain = stats(arg("plain"))
if static and plain and plain["Global"]["rps"]:
    print("static page against the plain servlet: %s (goal ≥ 0.25)" % fmt(base / plain["Global"]["rps"], 2))
print("page cache: " + arg("page_cache", "on"))
print("heap used after the public load (after a full GC): " + arg("heap", "not measured"))
print("heap used after the submission load, its signed-in sessions still alive (after a full GC): "
      + arg("heap_submit", "not measured"))
if sessions_summary:
    print(sessions_summary)
