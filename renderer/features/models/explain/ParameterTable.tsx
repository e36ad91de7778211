/**
 * A first update's parameters as a table (before, gradient, Newton's Δ when there is one, after),
 * used wherever the written-out arithmetic would not fit, and a solver step's updates: written out
 * for up to MAX_WRITTEN parameters, else that table.
 */
import { useTranslation } from 'react-i18next';
import { fmt } from '../format';
import { Tex } from './Tex';
import type { SolverParameter } from './solverStepTex';

/** Beyond this many parameters the written-out arithmetic would not fit: a table instead. */
export const MAX_WRITTEN = 6;

type TableRow = Pick<SolverParameter, 'symbol' | 'before' | 'gradient' | 'direction' | 'after'>;

export function ParameterTable({ caption, parameters }: { caption: string; parameters: readonly TableRow[] }) {
  const { t } = useTranslation();
  const withDirection = parameters.some((p) => p.direction !== undefined);
  return (
    <div className="table-wrap">
      <table className="results" aria-label={caption}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th>{t('models.explain.parameter')}</th>
            <th>{t('models.explain.before')}</th>
            <th>{t('models.explain.gradient')}</th>
            {withDirection && <th>{t('models.explain.direction')}</th>}
            <th>{t('models.explain.after')}</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr key={p.symbol}>
              <th>
                <Tex tex={p.symbol} />
              </th>
              <td>{fmt(p.before)}</td>
              <td>{fmt(p.gradient)}</td>
              {withDirection && <td>{fmt(p.direction)}</td>}
              <td>{fmt(p.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Newton's or L-BFGS's update of each parameter: one line each, or the table when there are many. */
export function SolverUpdates({ caption, parameters }: { caption: string; parameters: readonly SolverParameter[] }) {
  if (parameters.length > MAX_WRITTEN) return <ParameterTable caption={caption} parameters={parameters} />;
  return parameters.map((p) => (
    <div key={p.symbol} className="tex-scroll">
      <Tex tex={p.updateTex} block />
    </div>
  ));
}
