/** The generated chart form's logic, against the engine's real charts spec. */
import { describe, expect, it } from 'vitest';
import { CHART_SPECS } from '../../src/charts/registry';
import { changeSetting, columnsFor, initialSettings, missingRoles, roleUnused } from '../../renderer/features/charts/chartForm';
import type { ColumnInfo } from '../../src/protocol/protocol';

const columns: ColumnInfo[] = [
  { name: 'time', type: 'datetime', missing: 0, invalid: 0 },
  { name: 'line', type: 'category', missing: 0, invalid: 0 },
  { name: 'temp', type: 'number', missing: 0, invalid: 0 },
  { name: 'flow', type: 'number', missing: 0, invalid: 0 },
];

describe('chartForm', () => {
  it('offers only the column types a role accepts', () => {
    const y = CHART_SPECS.scatter.roles.find((r) => r.key === 'y')!;
    expect(columnsFor(y, columns).map((c) => c.name)).toEqual(['temp', 'flow']);
  });

  it('fills required roles with distinct fitting columns', () => {
    expect(initialSettings(CHART_SPECS.scatter, columns)).toEqual({ kind: 'scatter', x: 'time', y: 'temp' });
    expect(initialSettings(CHART_SPECS.bubble, columns)).toEqual({ kind: 'bubble', x: 'time', y: 'temp', size: 'flow' });
    expect(initialSettings(CHART_SPECS.bar, columns)).toEqual({ kind: 'bar', x: 'line' });
    expect(initialSettings(CHART_SPECS.line, columns)).toEqual({ kind: 'line', x: 'time', y: ['temp'] });
  });

  it('keeps the title and still-fitting columns when the type changes', () => {
    const next = initialSettings(CHART_SPECS.histogram, columns, { kind: 'scatter', x: 'temp', y: 'flow', title: 'T' });
    expect(next).toEqual({ kind: 'histogram', x: 'temp', title: 'T' });
  });

  it('keeps the legend place and number format when the type changes, but not the axis titles (they name columns)', () => {
    const next = initialSettings(CHART_SPECS.pie, columns, {
      kind: 'bar',
      x: 'line',
      legend: 'bottom',
      numberFormat: 'thousands',
      xTitle: 'Line',
      yTitle: 'kg',
    });
    expect(next).toEqual({ kind: 'pie', x: 'line', legend: 'bottom', numberFormat: 'thousands' });
  });

  it('names the roles still missing', () => {
    expect(missingRoles(CHART_SPECS.bubble, { kind: 'bubble', x: 'time', y: 'temp' }).map((r) => r.key)).toEqual(['size']);
    expect(missingRoles(CHART_SPECS.line, { kind: 'line', x: 'time', y: [] }).map((r) => r.key)).toEqual(['y']);
  });
});

describe('roles unused under the current options', () => {
  it('leaves a bar or pie Value empty while Aggregate is count, and empties it when count is chosen', () => {
    // From a scatter (y = temp) to a bar: the number column is not carried into the unused Value.
    expect(initialSettings(CHART_SPECS.bar, columns, { kind: 'scatter', x: 'time', y: 'temp' })).toEqual({ kind: 'bar', x: 'line' });
    const withSum = changeSetting(CHART_SPECS.pie, { kind: 'pie', x: 'line', agg: 'sum', y: 'temp' }, 'agg', 'count');
    expect(withSum).toEqual({ kind: 'pie', x: 'line', agg: 'count' });
    expect(roleUnused(CHART_SPECS.pie.roles[1]!, { kind: 'pie', x: 'line' }, CHART_SPECS.pie)).toBe(true);
    expect(roleUnused(CHART_SPECS.pie.roles[1]!, { kind: 'pie', x: 'line', agg: 'sum' }, CHART_SPECS.pie)).toBe(false);
  });
});
