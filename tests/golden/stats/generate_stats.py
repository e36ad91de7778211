#!/usr/bin/python3
"""Golden statistics for src/stats, from numpy/scipy (Debian python3-numpy / python3-scipy).

Run:  /usr/bin/python3 tests/golden/stats/generate_stats.py
Writes tests/golden/stats/stats_fixtures.json. Tests never run Python; re-run this after changing
a dataset and commit both files.

For every dataset and numeric column it records:
- "numpy"/"scipy": what numpy/scipy return (nanpolicy: missing cells dropped first);
- "exact": count, mean, variances, skewness and kurtosis from exact rational arithmetic on the
  same float64 values (fractions.Fraction), rounded once at the end. numpy's two-pass mean is
  itself rounded, which shifts scipy's skewness for data like 1e9 + x by ~1e-6 relative; the
  exact values are the reference for those.
- histogram counts for fixed edges (numpy.histogram with explicit bins), and numpy's FD/Sturges
  bin counts (histogram_bin_edges);
- pairwise-complete Pearson (numpy.corrcoef, and exact as above) and Spearman (scipy.stats.spearmanr) per pair.
"""
import json
import math
import os
import platform
from fractions import Fraction

import numpy as np
import scipy
from scipy import stats

PROBS = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]


def num(x):
    x = float(x)
    return None if math.isnan(x) else x


def exact_moments(x):
    fr = [Fraction(float(v)) for v in x]
    n = len(fr)
    mean = sum(fr) / n
    d = [v - mean for v in fr]
    m2 = sum(v * v for v in d)
    m3 = sum(v * v * v for v in d)
    m4 = sum((v * v) * (v * v) for v in d)
    out = {"count": n, "mean": float(mean), "sum": float(sum(fr)),
           "populationVariance": float(m2 / n), "variance": float(m2 / (n - 1)) if n > 1 else None}
    if m2 > 0:
        g1 = float(m3 / n) / float(m2 / n) ** 1.5
        g2 = float((m4 / n) / (m2 / n) ** 2) - 3
        out.update(skewness=g1, kurtosis=g2)
    else:
        out.update(skewness=None, kurtosis=None)
    return out


def fixed_edges(x):
    lo, hi = float(np.min(x)), float(np.max(x))
    if lo == hi:
        return [[lo - 1, lo, lo + 1]]
    linear = np.linspace(lo, hi, 8)
    # Edges that data points hit exactly (bin membership at the boundaries matters).
    uniq = np.unique(x)
    hits = uniq[:: max(1, len(uniq) // 5)]
    hits = np.unique(np.concatenate([[lo], hits, [hi]]))
    return [linear.tolist(), hits.tolist()] if len(hits) >= 2 else [linear.tolist()]


def column_golden(values):
    x = np.array([v for v in values if v is not None and math.isfinite(v)], dtype=np.float64)
    g = {"exact": exact_moments(x)}
    g["numpy"] = {
        "mean": float(np.mean(x)), "sum": float(np.sum(x)), "min": float(np.min(x)), "max": float(np.max(x)),
        "variance": num(np.var(x, ddof=1)) if len(x) > 1 else None, "populationVariance": float(np.var(x)),
        "quantiles": {str(p): float(np.quantile(x, p)) for p in PROBS},
    }
    constant = bool(np.ptp(x) == 0)
    sc = {}
    if not constant:
        sc["skewness"] = float(stats.skew(x, bias=True))
        sc["kurtosis"] = float(stats.kurtosis(x, bias=True))
        sc["skewnessCorrected"] = num(stats.skew(x, bias=False)) if len(x) > 2 else None
        sc["kurtosisCorrected"] = num(stats.kurtosis(x, bias=False)) if len(x) > 3 else None
        jb = stats.jarque_bera(x)
        sc["jarqueBera"] = {"statistic": float(jb.statistic), "pValue": float(jb.pvalue)}
        if len(x) >= 8:
            nt = stats.normaltest(x)
            sc["dagostino"] = {"statistic": float(nt.statistic), "pValue": float(nt.pvalue)}
        else:
            sc["dagostino"] = None
    g["scipy"] = sc
    g["histograms"] = [{"edges": e, "counts": np.histogram(x, bins=np.array(e))[0].tolist()} for e in fixed_edges(x)]
    if len(x) > 1 and not constant:
        g["fdBins"] = len(np.histogram_bin_edges(x, bins="fd")) - 1
        g["sturgesBins"] = len(np.histogram_bin_edges(x, bins="sturges")) - 1
    return g


def exact_pearson(u, v):
    fu = [Fraction(float(t)) for t in u]
    fv = [Fraction(float(t)) for t in v]
    mu, mv = sum(fu) / len(fu), sum(fv) / len(fv)
    sxy = sum((a - mu) * (b - mv) for a, b in zip(fu, fv))
    sxx = sum((a - mu) ** 2 for a in fu)
    syy = sum((b - mv) ** 2 for b in fv)
    # sign(sxy) * sqrt(sxy^2 / (sxx syy)), the square root taken once at the end
    return math.copysign(math.sqrt(float(sxy * sxy / (sxx * syy))), float(sxy))


def pairwise(columns):
    names = list(columns)
    pearson, exact, spearman, counts = [], [], [], []
    for a in names:
        prow, erow, srow, nrow = [], [], [], []
        for b in names:
            xa, xb = columns[a], columns[b]
            keep = [i for i in range(len(xa)) if xa[i] is not None and xb[i] is not None and math.isfinite(xa[i]) and math.isfinite(xb[i])]
            u = np.array([xa[i] for i in keep])
            v = np.array([xb[i] for i in keep])
            nrow.append(len(keep))
            if len(keep) < 2 or np.ptp(u) == 0 or np.ptp(v) == 0:
                prow.append(None)
                erow.append(None)
                srow.append(None)
                continue
            prow.append(float(np.corrcoef(u, v)[0, 1]))
            erow.append(exact_pearson(u, v))
            srow.append(float(stats.spearmanr(u, v).statistic))
        pearson.append(prow)
        exact.append(erow)
        spearman.append(srow)
        counts.append(nrow)
    return {"columns": names, "pearson": pearson, "pearsonExact": exact, "spearman": spearman, "n": counts}


def with_missing(arr, rng, fraction):
    out = [float(v) for v in arr]
    for i in rng.choice(len(out), int(len(out) * fraction), replace=False):
        out[int(i)] = None
    return out


def datasets():
    rng = np.random.default_rng(20261128)
    small = {
        "ties": [1, 2, 2, 3, None, 5, 8, 8, 8, 13, 21, 2],
        "withMissing": [0.5, None, -1.25, 4, 4, None, 10, 2.5, -3, 7, None, 1],
        "constant": [3.5] * 12,
        "four": [1, 2, 3, 4, None, None, None, None, None, None, None, None],
    }
    x = rng.lognormal(0.0, 1.0, 10_000)
    lognormal = {"x": x.tolist(), "y": with_missing(np.log(x) * 0.7 + rng.normal(0, 0.5, x.size), rng, 0.03)}
    z = rng.normal(0.0, 1.0, 2_000)
    offset = {
        "a": (1e9 + z).tolist(),
        "b": with_missing(1e9 + 0.5 * z + rng.normal(0, 1, z.size), rng, 0.01),
        "c": (-3e8 + rng.standard_t(5, z.size) * 1e-3).tolist(),
    }
    ties = rng.integers(0, 6, (3, 60)).astype(float)
    spearman = {
        "p": ties[0].tolist(),
        "q": with_missing(ties[0] + ties[1], rng, 0.1),
        "r": with_missing(np.where(ties[2] > 2, ties[2], 0.0), rng, 0.1),
    }
    return {"small": small, "lognormal": lognormal, "offset": offset, "spearmanTies": spearman}


def main():
    out = {
        "generator": "tests/golden/stats/generate_stats.py",
        "versions": {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__},
        "quantileProbabilities": PROBS,
        "datasets": {},
    }
    for name, columns in datasets().items():
        out["datasets"][name] = {
            "columns": columns,
            "golden": {c: column_golden(v) for c, v in columns.items()},
            "correlation": pairwise(columns),
        }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "stats_fixtures.json")
    with open(path, "w") as f:
        json.dump(out, f, allow_nan=False, separators=(",", ":"))
        f.write("\n")
    print("wrote", path, os.path.getsize(path), "bytes")


if __name__ == "__main__":
    main()
