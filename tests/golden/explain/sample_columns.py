"""Reads the bundled sample CSVs (assets/samples) for the Explain generators: a header and rows, and one column as numbers."""
import csv
import os

import numpy as np

SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'assets', 'samples')


def read(name):
    with open(os.path.join(SAMPLES, name), newline='') as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def column(header, rows, name, conv=float):
    j = header.index(name)
    return np.array([conv(r[j]) for r in rows])
