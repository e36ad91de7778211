/** The first rows as the loader reads them, with a type picker per column. */
import { useTranslation } from 'react-i18next';
import type { ColumnType, ImportOptions, PreviewResult } from '../../../src/protocol/protocol';
import { setImportOption } from '../../app/commands';

const TYPES: ColumnType[] = ['number', 'datetime', 'boolean', 'category', 'text'];

export function PreviewTable({ preview, options }: { preview: PreviewResult; options: ImportOptions }) {
  const { t } = useTranslation();
  const setType = (name: string, type: ColumnType) => setImportOption('columnTypes', { ...options.columnTypes, [name]: type });
  return (
    <div className="preview-wrap">
      <table className="preview" data-testid="preview">
        <thead>
          <tr>
            {preview.columns.map((column) => (
              <th key={column.name} scope="col" title={column.reason}>
                {column.name}
                <select
                  aria-label={t('import.typeOf', { name: column.name })}
                  value={column.type}
                  onChange={(e) => setType(column.name, e.target.value as ColumnType)}
                >
                  {TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`types.${type}`)}
                    </option>
                  ))}
                </select>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => {
                const numeric = preview.columns[c]?.type === 'number';
                const className = [numeric ? 'num' : '', cell === null ? 'missing' : ''].join(' ').trim() || undefined;
                return (
                  <td key={c} className={className}>
                    {cell ?? '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
