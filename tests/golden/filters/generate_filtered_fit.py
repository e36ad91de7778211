#!/usr/bin/env python3
"""Golden values for a fit on the dataset's filtered rows (tests/unit/worker/filteredFit.test.ts).

The bundled diabetes sample filtered to sex == 2 (the app's filter "sex equals 2"), then
target ~ bmi + bp + s5 by ordinary least squares with statsmodels on exactly those rows: the
rows kept, params, standard errors, R². `sex` is left out of the features: on the kept rows it is
constant. Re-run: python3 tests/golden/filters/generate_filtered_fit.py
"""
import csv
import json
import os

import numpy as np
import statsmodels.api as sm

here = os.path.dirname(os.path.abspath(__file__))
sample = os.path.join(here, "..", "..", "..", "assets", "samples", "diabetes.csv")
with open(sample, newline="") as f:
    rows = list(csv.DictReader(f))
kept = [r for r in rows if float(r["sex"]) == 2]
features = ["bmi", "bp", "s5"]
X = sm.add_constant(np.array([[float(r[c]) for c in features] for r in kept]))
y = np.array([float(r["target"]) for r in kept])
ols = sm.OLS(y, X).fit()
out = {
    "filter": {"column": "sex", "op": "equals", "value": 2},
    "features": features,
    "total": len(rows),
    "kept": len(kept),
    "params": ols.params.tolist(),
    "bse": ols.bse.tolist(),
    "rsquared": float(ols.rsquared),
}
with open(os.path.join(here, "filtered_fit.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print(out["kept"], "of", out["total"], "rows;", out["params"])
