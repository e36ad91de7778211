/**
 * The dataset's filter set, above the grid, the statistics and the charts: one chip per filter
 * (removable), the rows kept, Clear, and "+ Filter" to add a range or value filter.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { addFilter, clearFilters, removeFilter } from '../../app/commands';
import { useApp } from '../../app/store';
import { FilterEditor } from './FilterEditor';
import { filterText } from './filterText';

export function FilterBar() {
  const { t } = useTranslation();
  const dataset = useApp((s) => s.dataset);
  const filters = useApp((s) => s.filters);
  const state = useApp((s) => s.filterState);
  const error = useApp((s) => s.filterError);
  const [editing, setEditing] = useState(false);
  if (!dataset) return null;
  return (
    <div className="filter-bar" role="region" aria-label={t('filters.title')} data-testid="filter-bar">
      <div className="row">
        <strong className="muted">{t('filters.title')}</strong>
        {filters.length === 0 && <span className="muted">{t('filters.none')}</span>}
        {filters.map((f) => (
          <span key={f.column} className="chip" data-testid="filter-chip">
            {filterText(t, f, dataset.columns)}
            <button
              className="chip-remove"
              onClick={() => void removeFilter(f.column)}
              aria-label={t('filters.remove', { filter: filterText(t, f, dataset.columns) })}
            >
              ×
            </button>
          </span>
        ))}
        {!editing && (
          <button onClick={() => setEditing(true)} data-testid="add-filter">
            + {t('filters.add')}
          </button>
        )}
        {state && (
          <>
            <span data-testid="filter-count">
              {t('filters.kept', { shown: state.matchCount.toLocaleString(), total: state.rowCount.toLocaleString() })}
            </span>
            <button onClick={() => void clearFilters()} data-testid="clear-filters">
              {t('filters.clear')}
            </button>
          </>
        )}
      </div>
      {editing && (
        <FilterEditor
          columns={dataset.columns}
          datasetId={dataset.datasetId}
          onApply={(filter) => {
            setEditing(false);
            void addFilter(filter);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {error && <ErrorBanner error={error} action="filter" onDismiss={() => useApp.setState({ filterError: null })} />}
    </div>
  );
}
