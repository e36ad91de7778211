/**
 * Fitplot's own rows: the streaming loader (the same call `fitplot load` makes: a 64 KiB file
 * source), load + full describe (every statistic of describeTable, exact quantiles included), and
 * two chart builders over the loaded table — a bar chart of mean power per line and status (a
 * group-by aggregation over every row) and a current-vs-power scatter in density mode (2-D binning
 * of every point). Chart rows load the table untimed first: they time only the builder.
 */
import type { BenchCase } from './benchCase';
import { fileSource } from '../fileSource';
import { registerNodeDecoders } from '../nodeDecoders';
import { buildBar, buildScatter } from '../../charts';
import { loadTable } from '../../io/loadTable';
import { describeTable } from '../../stats/describe';
import type { Table } from '../../table/types';

async function load(csvPath: string): Promise<Table> {
  registerNodeDecoders();
  return (await loadTable(fileSource(csvPath))).table;
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
    registerNodeDecoders();
    return async () => {
      const table = await load(csvPath);
      const description = describeTable(table);
      if (description.columns.length !== table.columns.length) throw new Error('describeTable skipped columns');
      return { rows: description.rows };
    };
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
