"""Transcribes NIST StRD files into the JSON fixtures of the NIST golden tests.

NIST's Statistical Reference Datasets (https://www.itl.nist.gov/div898/strd/) publish each dataset
as one ASCII file holding the data and the certified values (computed by NIST in 500-digit
arithmetic). This script reads those files unchanged and writes
  nist_lls.json         the eleven linear least-squares datasets (data, certified coefficients,
                        their standard deviations, residual standard deviation and R²);
  nist_univariate.json  the nine univariate datasets (data, certified mean, standard deviation
                        and lag-1 autocorrelation);
  assets/samples/filip.csv  the Filip data (x, y) as a sample for the app's model workbench.
Numbers are kept as the text NIST prints, so nothing is rounded here; the tests parse them.

The files used for the committed fixtures are NIST's as transcribed in public test suites (the univariate
ones with the blank header lines trimmed): mathnet/mathnet-numerics `data/NIST/*.dat` (commit 84e9432bc1e8a6b2ae7acd32cda4175abeaeaed1)
for all but PiDigits, and apache/commons-math
`commons-math-legacy/src/test/resources/org/apache/commons/math4/legacy/stat/data/PiDigits.txt`
(commit d9fd8324cb346f55d197f90442a6e1eedeff11a0) for PiDigits. The same files can be downloaded
from https://www.itl.nist.gov/div898/strd/lls/data/LINKS/DATA/ and .../univ/data/.

Usage: python3 tests/golden/nist/transcribe_nist.py DIR   (DIR holds Norris.dat … PiDigits.dat)
"""
import json
import re
import sys
from pathlib import Path

LLS = {
    # name: (intercept?, polynomial degree of the single predictor, or None for given predictors)
    'Norris': (True, None), 'Pontius': (True, 2), 'NoInt1': (False, None), 'NoInt2': (False, None),
    'Filip': (True, 10), 'Longley': (True, None), 'Wampler1': (True, 5), 'Wampler2': (True, 5),
    'Wampler3': (True, 5), 'Wampler4': (True, 5), 'Wampler5': (True, 5),
}
UNIVARIATE = ['Lew', 'Lottery', 'Mavro', 'Michelso', 'NumAcc1', 'NumAcc2', 'NumAcc3', 'NumAcc4', 'PiDigits']
NUMBER = r'[-+]?(?:\d+\.?\d*|\.\d+)(?:[Ee][-+]?\d+)?'


def data_table(lines):
    """Column names and rows of the table under the file's last 'Data:' line (the one above the numbers)."""
    at = max(i for i, line in enumerate(lines) if line.startswith('Data:'))
    rows = [line.split() for line in lines[at + 1:] if re.fullmatch(r'\s*(' + NUMBER + r'\s*)+', line)]
    return lines[at].split()[1:], rows


def lls(path, intercept, degree):
    lines = path.read_text().splitlines()
    text = '\n'.join(lines[:lines.index(next(l for l in lines if l.startswith('Data:') and 'y' in l.split()))])
    params = re.findall(r'^\s*B(\d+)\s+(' + NUMBER + r')\s+(' + NUMBER + r')\s*$', text, re.M)
    names, rows = data_table(lines)
    return {
        'name': path.stem,
        'intercept': intercept,
        'degree': degree,
        'columns': names,
        'data': [[r[j] for r in rows] for j in range(len(names))],
        'certified': {
            'coefficients': [p[1] for p in params],
            'standardErrors': [p[2] for p in params],
            'residualStandardDeviation': re.search(r'Standard Deviation\s+(' + NUMBER + ')', text).group(1),
            'r2': re.search(r'R-Squared\s+(' + NUMBER + ')', text).group(1),
        },
    }


def univariate(path):
    lines = path.read_text().splitlines()
    text = '\n'.join(lines)
    cert = lambda label: re.search(label + r'[^:]*:\s+(' + NUMBER + ')', text).group(1)
    _, rows = data_table(lines)
    return {
        'name': path.stem,
        'data': [r[0] for r in rows],
        'certified': {'mean': cert('Sample Mean'), 'standardDeviation': cert('Sample Standard Deviation'), 'autocorrelation': cert(r'Sample Autocorrelation Coefficient \(lag 1\)')},
    }


def main(directory):
    d = Path(directory)
    source = 'NIST StRD (https://www.itl.nist.gov/div898/strd/), files as transcribed in mathnet/mathnet-numerics data/NIST (84e9432b) and apache/commons-math stat/data/PiDigits.txt (d9fd8324); see transcribe_nist.py'
    out = Path(__file__).parent
    (out / 'nist_lls.json').write_text(json.dumps({'source': source, 'datasets': [lls(d / f'{n}.dat', *LLS[n]) for n in LLS]}, indent=1) + '\n')
    filip = lls(d / 'Filip.dat', *LLS['Filip'])
    rows = ['x,y'] + [f'{x},{y}' for y, x in zip(*filip['data'])]
    (out.parents[2] / 'assets' / 'samples' / 'filip.csv').write_text('\n'.join(rows) + '\n')
    (out / 'nist_univariate.json').write_text(json.dumps({'source': source, 'datasets': [univariate(d / f'{n}.dat') for n in UNIVARIATE]}, indent=1) + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
