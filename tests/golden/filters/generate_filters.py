#!/usr/bin/env python3
"""Golden values for dataset filters and grouped statistics (tests/unit/worker/datasetFilters.test.ts).

Writes filters_fixture.json: a small sensor CSV (deterministic), and numpy's answers for
  - a date/time range filter (rows kept, mean and sample std of `temp` in the range),
  - a number range filter on `pressure`,
  - statistics of `temp` split by `line` (count, mean, sample std, median, min, max per group).
Re-run: python3 tests/golden/filters/generate_filters.py
"""
import json
import os
from datetime import datetime, timedelta, timezone

import numpy as np

rng = np.random.default_rng(20261204)
n = 2000
start = datetime(2024, 3, 1, tzinfo=timezone.utc)
times = [start + timedelta(seconds=30 * i) for i in range(n)]
lines = rng.choice(["A", "B", "C"], size=n, p=[0.5, 0.3, 0.2])
temp = np.round(rng.normal(60, 5, size=n) + (lines == "B") * 4.0, 3)
pressure = np.round(rng.uniform(0.8, 1.6, size=n), 4)
missing = set(rng.choice(n, size=25, replace=False).tolist())

rows = ["time,line,temp,pressure"]
temp_values = []
for i in range(n):
    t = "" if i in missing else f"{temp[i]:.3f}"
    temp_values.append(np.nan if i in missing else float(f"{temp[i]:.3f}"))
    rows.append(f"{times[i].strftime('%Y-%m-%d %H:%M:%S')},{lines[i]},{t},{pressure[i]:.4f}")
csv = "\n".join(rows) + "\n"
temp_values = np.array(temp_values)
epoch = np.array([t.timestamp() * 1000 for t in times])

def summary(values):
    v = values[~np.isnan(values)]
    return {"count": int(v.size), "mean": float(np.mean(v)), "std": float(np.std(v, ddof=1)), "median": float(np.median(v)), "min": float(np.min(v)), "max": float(np.max(v))}

range_from = (start + timedelta(hours=3)).timestamp() * 1000
range_to = (start + timedelta(hours=9, minutes=30)).timestamp() * 1000
in_range = (epoch >= range_from) & (epoch <= range_to)
p_lo, p_hi = 1.0, 1.25
p_values = np.array([float(f"{p:.4f}") for p in pressure])
in_pressure = (p_values >= p_lo) & (p_values <= p_hi)

fixture = {
    "csv": csv,
    "timeRange": {"from": range_from, "to": range_to, "rows": int(in_range.sum()), "temp": summary(temp_values[in_range])},
    "pressureRange": {"from": p_lo, "to": p_hi, "rows": int(in_pressure.sum()), "temp": summary(temp_values[in_pressure])},
    "groups": [
        {"label": g, "rows": int((lines == g).sum()), "temp": summary(temp_values[lines == g])}
        for g in sorted(set(lines.tolist()), key=lambda g: -int((lines == g).sum()))
    ],
}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "filters_fixture.json")
with open(out, "w") as f:
    json.dump(fixture, f, indent=1)
print("wrote", out)
