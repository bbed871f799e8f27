#!/usr/bin/env python3
"""CPU seconds per process of ./portal cluster, from /proc/<pid>/stat (utime + stime), for scripts/cluster-test.sh.

  cluster-cpu.py snapshot FILE        writes "label pid ticks" lines for every process of the cluster, and "machine
                                      busy-ticks total-ticks" from /proc/stat
  cluster-cpu.py diff BEFORE AFTER    prints one line per label: the CPU seconds used between the two snapshots,
                                      and the machine's busy share (all cores)
A process that started after the first snapshot counts from zero (its whole CPU time lies in the interval).
"""
import os
import re
import sys

# label, pattern over the command line (NUL replaced by spaces); the first match wins
LABELS = [
    ("driver", re.compile(r"de\.mitwirken\.tools\.cluster\.ClusterDriver")),
    ("payara portal-1", re.compile(r"ASMain.*\bportal-1\b|\bportal-1\b.*ASMain")),
    ("payara portal-2", re.compile(r"ASMain.*\bportal-2\b|\bportal-2\b.*ASMain")),
    ("payara DAS", re.compile(r"ASMain.*domains/cluster\b|domains/cluster\b.*ASMain")),
    ("mariadbd node1", re.compile(r"mariadbd.*galera/node1/")),
    ("mariadbd node2", re.compile(r"mariadbd.*galera/node2/")),
    ("mariadbd node3", re.compile(r"mariadbd.*galera/node3/")),
    ("keycloak-1", re.compile(r"java.*keycloak-cluster-1\b")),
    ("keycloak-2", re.compile(r"java.*keycloak-cluster-2\b")),
    ("haproxy", re.compile(r"haproxy.*cluster/haproxy\.cfg")),
    ("mail catcher", re.compile(r"java.*greenmail", re.I)),
]
HZ = os.sysconf("SC_CLK_TCK")


def snapshot(path):
    lines = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        label = next((name for name, pattern in LABELS if pattern.search(cmd)), None)
        if label:
            # fields after "comm)": state is [0], utime [11], stime [12]
            lines.append(f"{label.replace(' ', '_')} {pid} {int(fields[11]) + int(fields[12])}")
    with open("/proc/stat") as f:
        cpu = [int(v) for v in f.readline().split()[1:]]
    idle = cpu[3] + cpu[4]
    lines.append(f"machine {sum(cpu) - idle} {sum(cpu)}")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def read(path):
    procs, machine = {}, (0, 0)
    with open(path) as f:
        for line in f:
            a, b, c = line.split()
            if a == "machine":
                machine = (int(b), int(c))
            else:
                procs[(a, b)] = int(c)
    return procs, machine


def diff(before_path, after_path):
    before, m0 = read(before_path)
    after, m1 = read(after_path)
    per_label = {}
    for (label, pid), ticks in after.items():
        per_label[label] = per_label.get(label, 0) + ticks - before.get((label, pid), 0)
    busy, total = m1[0] - m0[0], m1[1] - m0[1]
    for label, ticks in sorted(per_label.items(), key=lambda kv: -kv[1]):
        print(f"{label.replace('_', ' ')}\t{ticks / HZ:.1f}")
    if total > 0:
        print(f"machine busy\t{100.0 * busy / total:.0f}%")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "snapshot":
        snapshot(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "diff":
        diff(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
