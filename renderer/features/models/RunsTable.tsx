/** The Runs table: every fit of the session, sortable; a row makes that run the shown one, its checkbox adds it to the comparison. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt, fmtDuration } from './format';
import { verdictMessage, wordMessage } from './wording';
import type { RunSortKey } from './runSummary';
import { mainScore, optionSummary, runRows, sortRuns } from './runSummary';
import { actModels, useModels } from './runsStore';

export function RunsTable() {
  const { t } = useTranslation();
  const runs = useModels((s) => s.runs);
  const activeId = useModels((s) => s.activeRunId);
  const compare = useModels((s) => s.compare);
  const [sort, setSort] = useState<{ key: RunSortKey; direction: 'asc' | 'desc' }>({ key: 'number', direction: 'asc' });
  const sorted = sortRuns(runs, sort.key, sort.direction);
  const header = (key: RunSortKey) => (
    <th key={key} aria-sort={sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="link sort"
        onClick={() => setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }))}
      >
        {t(`models.runsColumn.${key}`)}
      </button>
    </th>
  );
  // Nine columns do not fit beside the fit panel on a laptop: the table scrolls on its own.
  return (
    <div className="table-wrap">
      <table className="results runs" aria-label={t('models.runs')}>
        <caption>{t('models.runs')}</caption>
        <thead>
          <tr>
            <th>{t('models.compare')}</th>
            {header('number')}
            {header('method')}
            <th>{t('models.options')}</th>
            {header('rows')}
            {header('train')}
            {header('validation')}
            <th>{t('models.verdictColumn')}</th>
            {header('time')}
          </tr>
        </thead>
        <tbody>
          {sorted.map((run) => {
            const report = run.result?.report;
            const rows = runRows(run);
            return (
              <tr
                key={run.id}
                aria-selected={run.id === activeId}
                className={run.id === activeId ? 'active' : undefined}
                onClick={() => useModels.setState({ activeRunId: run.id })}
              >
                <td onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    aria-label={t('models.compareRun', { n: run.number })}
                    checked={compare.includes(run.id)}
                    onChange={() => actModels('toggleCompare', run.id)}
                  />
                </td>
                <td>{run.number}</td>
                <td>{wordMessage(t, run.methodLabel)}</td>
                <td className="muted">{optionSummary(run)}</td>
                <td>
                  {rows
                    ? `${t('models.rowsCell', { used: rows.used.toLocaleString(), total: rows.total.toLocaleString() })}${rows.filtered ? ` · ${t('models.rowsFiltered')}` : ''}`
                    : '—'}
                </td>
                <td>{fmt(mainScore(report, 'train'))}</td>
                <td>{fmt(mainScore(report, 'validation'))}</td>
                <td>{report ? wordMessage(t, verdictMessage(report.diagnosis.verdict)) : t(`models.status.${run.status}`)}</td>
                <td>{report ? fmtDuration(report.timeMs) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
