/**
 * Adds a filter to the dataset: a range (from–to) for number and date/time columns, with quick
 * "last hour / day / week" ranges that end at the column's latest time; a value test for the others.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnInfo, FilterOp, FilterSpec } from '../../../src/protocol/protocol';
import { engine } from '../../engine/EngineClient';
import { inputToMs, msToInput } from './filterText';

const VALUE_OPS: FilterOp[] = ['equals', 'contains', 'notEqual', 'blank', 'notBlank'];
const QUICK: readonly [key: string, ms: number][] = [
  ['hour', 3_600_000],
  ['day', 86_400_000],
  ['week', 7 * 86_400_000],
];

/** The filter the form describes, or null while it is incomplete. */
export function draftFilter(
  column: number,
  type: ColumnInfo['type'],
  op: FilterOp,
  from: string,
  to: string,
  text: string,
): FilterSpec | null {
  if (type === 'number' || type === 'datetime') {
    const read = type === 'datetime' ? inputToMs : (v: string) => (v.trim() === '' || !Number.isFinite(Number(v)) ? undefined : Number(v));
    const lo = read(from);
    const hi = read(to);
    if (lo === undefined && hi === undefined) return null;
    return { column, op: 'between', ...(lo !== undefined && { value: lo }), ...(hi !== undefined && { to: hi }) };
  }
  if (op === 'blank' || op === 'notBlank') return { column, op };
  return text === '' ? null : { column, op, value: text };
}

export function FilterEditor({
  columns,
  datasetId,
  onApply,
  onCancel,
}: {
  columns: readonly ColumnInfo[];
  datasetId: string;
  onApply: (filter: FilterSpec) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [column, setColumn] = useState(
    Math.max(
      0,
      columns.findIndex((c) => c.type === 'datetime'),
    ),
  );
  const [op, setOp] = useState<FilterOp>('equals');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const [latest, setLatest] = useState<number | null>(null);
  const type = columns[column]?.type ?? 'text';
  const ranged = type === 'number' || type === 'datetime';

  useEffect(() => {
    setFrom('');
    setTo('');
    setLatest(null);
    if (type !== 'datetime') return;
    void engine()
      .columnExtent(datasetId, column)
      .then((o) => o.kind === 'ok' && o.value && setLatest(o.value.max));
  }, [column, datasetId, type]);

  const draft = draftFilter(column, type, op, from, to, text);
  const inputType = type === 'datetime' ? 'datetime-local' : 'number';
  return (
    <form
      className="filter-editor form"
      onSubmit={(e) => {
        e.preventDefault();
        if (draft) onApply(draft);
      }}
      aria-label={t('filters.add')}
      data-testid="filter-editor"
    >
      <label>
        {t('filters.column')}
        <select value={column} onChange={(e) => setColumn(Number(e.target.value))} data-testid="filter-column">
          {columns.map((c, i) => (
            <option key={i} value={i}>
              {c.name} ({t(`types.${c.type}`)})
            </option>
          ))}
        </select>
      </label>
      {ranged ? (
        <>
          <label>
            {t('filters.from')}
            <input
              type={inputType}
              step={type === 'datetime' ? 1 : 'any'}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              data-testid="filter-from"
            />
          </label>
          <label>
            {t('filters.to')}
            <input
              type={inputType}
              step={type === 'datetime' ? 1 : 'any'}
              value={to}
              onChange={(e) => setTo(e.target.value)}
              data-testid="filter-to"
            />
          </label>
          {type === 'datetime' && latest !== null && (
            <div className="row quick-ranges">
              {QUICK.map(([key, ms]) => (
                <button
                  type="button"
                  key={key}
                  onClick={() => {
                    setFrom(msToInput(latest - ms));
                    setTo(msToInput(latest));
                  }}
                  data-testid={`filter-last-${key}`}
                >
                  {t(`filters.last.${key}`)}
                </button>
              ))}
            </div>
          )}
        </>
      ) : (
        <>
          <label>
            {t('filters.test')}
            <select value={op} onChange={(e) => setOp(e.target.value as FilterOp)}>
              {VALUE_OPS.map((o) => (
                <option key={o} value={o}>
                  {t(`filters.op.${o}`)}
                </option>
              ))}
            </select>
          </label>
          {op !== 'blank' && op !== 'notBlank' && (
            <label>
              {t('filters.value')}
              <input type="text" value={text} onChange={(e) => setText(e.target.value)} data-testid="filter-value" />
            </label>
          )}
        </>
      )}
      <div className="row filter-actions">
        <button type="submit" className="primary" disabled={!draft} data-testid="filter-apply">
          {t('filters.apply')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
