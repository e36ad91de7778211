/** Which rows a run was fitted on: "Fitted on 207 of 442 rows", and the row filter it used in words. */
import { useTranslation } from 'react-i18next';
import type { ColumnInfo, FitResult } from '../../../src/protocol/protocol';
import { filterText } from '../filters/filterText';

export function FitRows({ result, columns }: { result: FitResult; columns: readonly ColumnInfo[] }) {
  const { t } = useTranslation();
  const { rows } = result.report;
  return (
    <p className="muted fit-rows" data-testid="fit-rows">
      {t('models.fittedRows', { used: rows.used.toLocaleString(), total: rows.total.toLocaleString() })}
      {result.filters.length > 0 &&
        ` ${t('models.fittedFilter', { filters: result.filters.map((f) => filterText(t, f, columns)).join(', '), kept: (rows.total - rows.filteredOut).toLocaleString() })}`}
    </p>
  );
}
