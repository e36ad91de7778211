#!/usr/bin/python3
"""Exports scikit-learn's bundled Wisconsin breast-cancer, diabetes and handwritten-digits datasets as the CSV samples in
assets/samples/. Run with Debian's python3 (python3-sklearn):  /usr/bin/python3 scripts/samples/export_sklearn.py

Numbers are written with Python's repr (the shortest text that round-trips the float64 exactly), so
the CSVs hold the very values sklearn loads. Library versions go to assets/samples/SOURCES.md by hand.
"""
import csv
import os
import sys

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer, load_diabetes, load_digits

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "assets", "samples")
DIABETES_COLUMNS = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]


def number(x):
    x = float(x)
    return str(int(x)) if x.is_integer() else repr(x)


def write(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    print(f"{name}: {len(rows)} rows x {len(header)} columns, {os.path.getsize(path):,} bytes")


def main():
    cancer = load_breast_cancer()
    assert cancer.data.shape == (569, 30)
    names = [str(n) for n in cancer.feature_names]
    labels = [str(cancer.target_names[t]) for t in cancer.target]  # 0 = malignant, 1 = benign
    write("breast_cancer.csv", names + ["diagnosis"], [[number(v) for v in row] + [label] for row, label in zip(cancer.data, labels)])

    raw = load_diabetes(scaled=False)
    scaled = load_diabetes(scaled=True)
    assert raw.data.shape == (442, 10) and list(raw.feature_names) == DIABETES_COLUMNS
    # load_diabetes(scaled=True) is the raw data mean-centred and scaled by std·√n per column.
    centred = raw.data - raw.data.mean(axis=0)
    assert np.allclose(centred / (centred.std(axis=0) * np.sqrt(len(centred))), scaled.data, atol=1e-12)
    header = DIABETES_COLUMNS + ["target"]
    write("diabetes.csv", header, [[number(v) for v in row] + [number(t)] for row, t in zip(raw.data, raw.target)])
    write("diabetes_scaled.csv", header, [[number(v) for v in row] + [number(t)] for row, t in zip(scaled.data, scaled.target)])
    digits = load_digits()
    assert digits.data.shape == (1797, 64)
    # 8x8 images of 0-16 intensities, row by row: pixel_<row>_<column>, as sklearn's feature_names.
    write("digits.csv", [str(n) for n in digits.feature_names] + ["digit"], [[number(v) for v in row] + [int(t)] for row, t in zip(digits.data, digits.target)])
    print(f"sklearn {sklearn.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
