#!/usr/bin/env python3
"""Where the CPU went, from a JFR recording: the hottest methods by own samples and by inclusive samples.

Usage: tools/jfr-top.py RECORDING.jfr [TOP=25] [FILTER]
Reads `jfr print --events jdk.ExecutionSample` (the JDK's own jfr tool). FILTER keeps only samples whose
stack contains that text (e.g. "NeedIndex" or "ConferenceResource"), so one request type can be looked at.
"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
keep = sys.argv[3] if len(sys.argv) > 3 else None
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", path],
                     capture_output=True, text=True, check=True).stdout

frame = re.compile(r"^\s+([\w$.<>/]+)\(.*line:")
own, inclusive = collections.Counter(), collections.Counter()
samples = kept = 0
for event in out.split("jdk.ExecutionSample")[1:]:
    frames = [m.group(1) for line in event.splitlines() if (m := frame.match(line))]
    if not frames:
        continue
    samples += 1
    if keep and not any(keep in f for f in frames):
        continue
    kept += 1
    own[frames[0]] += 1
    for f in set(frames):
        inclusive[f] += 1

print(f"{samples} samples, {kept} kept" + (f" (stacks with {keep})" if keep else ""))
print("\nown samples (the method itself was running):")
for name, n in own.most_common(top):
    print(f"{100.0 * n / max(kept, 1):6.1f} %  {name}")
print("\ninclusive (the method or what it called), portal and library entry points:")
shown = 0
for name, n in inclusive.most_common():
    if any(p in name for p in ("de.mitwirken", "org.apache.lucene", "org.eclipse.persistence", "org.mariadb",
                               "com.sun.faces", "org.glassfish.jersey", "jakarta.faces", "org.primefaces")):
        print(f"{100.0 * n / max(kept, 1):6.1f} %  {name}")
        shown += 1
        if shown >= top:
            break
