#!/usr/bin/env python3
"""What the signed-in sessions of ./portal bench cost, class by class: reads two class histograms of Payara
(jcmd GC.class_histogram, before and after the sessions scenario) and prints the top classes by bytes with the
sessions alive, each with its growth and that growth per session. Arguments: before-file after-file sessions [top]."""
import re
import sys

ROW = re.compile(r"^\s*\d+:\s+(\d+)\s+(\d+)\s+(.+?)\s*$")


def histogram(path):
    """class name -> (instances, bytes); empty when the file holds no histogram (jcmd failed)."""
    rows = {}
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = ROW.match(line)
                if m:
                    rows[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    except OSError:
        pass
    return rows


def main():
    before, after = histogram(sys.argv[1]), histogram(sys.argv[2])
    sessions = max(int(sys.argv[3]), 1)
    top = int(sys.argv[4]) if len(sys.argv) > 4 else 15
    if not after:
        print("no class histogram (see %s)" % sys.argv[2])
        return
    total_before = sum(b for _, b in before.values())
    total_after = sum(b for _, b in after.values())
    print("live objects after a full GC: %.1f MiB before the sessions, %.1f MiB with %d signed-in sessions alive"
          " (%.1f KiB per session)" % (total_before / 2**20, total_after / 2**20, sessions,
                                       (total_after - total_before) / 1024 / sessions))
    print()
    print("%-4s %12s %10s %12s %14s  %s" % ("rank", "instances", "MiB", "growth MiB", "bytes/session", "class"))
    ranked = sorted(after.items(), key=lambda kv: kv[1][1], reverse=True)[:top]
    for rank, (name, (count, size)) in enumerate(ranked, 1):
        grown = size - before.get(name, (0, 0))[1]
        print("%-4d %12d %10.1f %12.1f %14d  %s" % (rank, count, size / 2**20, grown / 2**20, grown // sessions, name))
    print()
    print("grown most (top %d by growth):" % top)
    growth = sorted(((size - before.get(name, (0, 0))[1], count - before.get(name, (0, 0))[0], name)
                     for name, (count, size) in after.items()), reverse=True)[:top]
    for grown, more, name in growth:
        print("  %10.1f MiB %10d instances %8d bytes/session  %s" % (grown / 2**20, more, grown // sessions, name))


if __name__ == "__main__":
    main()
