/** A solver's first iteration as a table: each parameter before, its gradient (and Newton's Δ), after. */
import { useTranslation } from 'react-i18next';
import { fmt } from '../format';
import { Tex } from './Tex';
import type { SolverParameter } from './solverStepTex';

export function SolverParameterTable({ caption, parameters }: { caption: string; parameters: SolverParameter[] }) {
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
