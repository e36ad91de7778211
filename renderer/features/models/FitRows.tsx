/**
 * Which rows a run used and for what: "442 of 442 rows used: 310 to train, 88 to validate, 44 kept
 * for the test", and the row filter it used in words.
 */
import { useTranslation } from 'react-i18next';
import type { ColumnInfo, FitResult } from '../../../src/protocol/protocol';
import { filterText } from '../filters/filterText';

export function FitRows({ result, columns }: { result: FitResult; columns: readonly ColumnInfo[] }) {
  const { t } = useTranslation();
  const { rows, split } = result.report;
  const counts = {
    used: rows.used.toLocaleString(),
    total: rows.total.toLocaleString(),
    train: split.trainRows.toLocaleString(),
    validation: split.validationRows.toLocaleString(),
    ...(split.testRows !== undefined && { test: split.testRows.toLocaleString() }),
  };
  return (
    <p className="muted fit-rows" data-testid="fit-rows">
      {t(split.testRows !== undefined ? 'models.fittedRowsTest' : 'models.fittedRows', counts)}
      {result.filters.length > 0 &&
        ` ${t('models.fittedFilter', { filters: result.filters.map((f) => filterText(t, f, columns)).join(', '), kept: (rows.total - rows.filteredOut).toLocaleString() })}`}
    </p>
  );
}
