#!/usr/bin/env python3
"""Compares ../shared/tools/score --json output with the floors recorded in .ci/floors.json.

Usage: check-floors.py FLOORS SET SCORE_OUTPUT_FILE
Fails (exit 1) when any metric in the score JSON is below the floor for that set, when a
metric with a floor is missing, or when any article had no usable output.
"""
import json, sys

floors_path, dev_set, score_path = sys.argv[1:4]
floors = json.load(open(floors_path))[dev_set]
lines = [l for l in open(score_path, encoding="utf-8").read().splitlines() if l.startswith("{")]
if not lines:
    print(f"{dev_set}: the scorer printed no JSON line")
    sys.exit(1)
scores = json.loads(lines[-1])
bad = []
if scores.get("failures"):
    bad.append(f"{scores['failures']} article(s) without usable output")
for metric, floor in sorted(floors.items()):
    value = scores.get(metric)
    if value is None:
        continue  # null metrics are skipped
    if value + 1e-9 < floor:
        bad.append(f"{metric} {value:.4f} < floor {floor:.4f}")
for metric, value in sorted(scores.items()):
    if metric in ("articles", "failures") or value is None:
        continue
    if metric not in floors:
        bad.append(f"{metric} has no floor in {floors_path}: record one")
if bad:
    print(f"{dev_set}: BELOW FLOOR: " + "; ".join(bad))
    sys.exit(1)
print(f"{dev_set}: all {len(floors)} metrics at or above their floors")
