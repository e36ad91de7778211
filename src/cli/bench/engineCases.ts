/**
 * Fitplot's own rows: the streaming loader (the same call `fitplot load` makes: a file source),
 * load + full describe (every statistic of describeTable, exact quantiles included) — also with
 * --float32 storage and with the file read by two worker threads (--workers 2) — and two chart builders over the loaded table — a bar chart of mean power per line and status (a
 * group-by aggregation over every row) and a current-vs-power scatter in density mode (2-D binning
 * of every point). Chart rows load the table untimed first: they time only the builder.
 */
import type { BenchCase } from './benchCase';
import { fileSource } from '../../node/fileSource';
import { registerNodeDecoders } from '../../node/nodeDecoders';
import { buildBar, buildScatter } from '../../charts';
import { loadTable } from '../../io/loadTable';
import type { FirstPass } from '../../io/loadTable';
import type { LoadOptions } from '../../io/types';
import { describeInTwoThreads } from '../parallelDescribe';
import { bundledWorkerPath, splitFirstPass } from '../splitLoad';
import { describeTable } from '../../stats/describeTable';
import type { Table } from '../../table/types';

async function load(csvPath: string, options: LoadOptions = {}, firstPass?: FirstPass): Promise<Table> {
  registerNodeDecoders();
  return (await loadTable(fileSource(csvPath), options, firstPass)).table;
}

function loadAndDescribe(
  csvPath: string,
  options: LoadOptions = {},
  firstPass?: FirstPass,
  twoThreads = false,
): () => Promise<{ rows: number }> {
  return async () => {
    const table = await load(csvPath, options, firstPass);
    const description = twoThreads ? await describeInTwoThreads(table, {}, bundledWorkerPath()) : describeTable(table);
    if (description.columns.length !== table.columns.length) throw new Error('describeTable skipped columns');
    return { rows: description.rows };
  };
}

export const loadCase: BenchCase = {
  id: 'load',
  label: 'Fitplot load (loadTable)',
  group: 'load',
  async prepare({ csvPath }) {
    registerNodeDecoders();
    return async () => ({ rows: (await load(csvPath)).rowCount });
  },
};

export const loadDescribeCase: BenchCase = {
  id: 'load-describe',
  label: 'Fitplot load + describe (all statistics)',
  group: 'load',
  async prepare({ csvPath }) {
    return loadAndDescribe(csvPath);
  },
};

/** The documented memory option: number columns stored as float32 from the first read on. */
export const loadDescribeFloat32Case: BenchCase = {
  id: 'load-describe-f32',
  label: 'Fitplot load + describe, --float32',
  group: 'load',
  async prepare({ csvPath }) {
    return loadAndDescribe(csvPath, { float32: true });
  },
};

/** `describe --workers 2`: the file read by two worker threads (src/cli/splitLoad.ts), then described in two threads (src/cli/parallelDescribe.ts). */
export const loadDescribeTwoWorkersCase: BenchCase = {
  id: 'load-describe-2w',
  label: 'Fitplot load + describe, 2 threads',
  group: 'load',
  async prepare({ csvPath }) {
    return loadAndDescribe(csvPath, { sharedMemory: true }, splitFirstPass(csvPath), true);
  },
};

export const barCase: BenchCase = {
  id: 'bar',
  label: 'bar chart: mean power_kw by line × status',
  group: 'table',
  async prepare({ csvPath }) {
    const table = await load(csvPath);
    return () => {
      buildBar(table, { kind: 'bar', x: 'line', y: 'power_kw', agg: 'mean', group: 'status' });
      return { rows: table.rowCount };
    };
  },
};

export const scatterDensityCase: BenchCase = {
  id: 'scatter-density',
  label: 'scatter density: current_a vs power_kw',
  group: 'table',
  async prepare({ csvPath }) {
    const table = await load(csvPath);
    return () => {
      buildScatter(table, { kind: 'scatter', x: 'current_a', y: 'power_kw', density: 'always' });
      return { rows: table.rowCount };
    };
  },
};
