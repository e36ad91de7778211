/**
 * One model chart built in the worker from the view's data, sized to its box (the builders lay out
 * title and legend for the target size), shown with a label for assistive technology.
 */
import { useMemo, useRef } from 'react';
import type { ModelChartRequest } from '../../../src/protocol/protocol';
import { EChart } from '../../components/EChart';
import { useBoxSize } from '../../components/useBoxSize';
import type { Look } from './trainingChart';
import { useModelChart } from './useModelChart';

interface Props {
  readonly chartId: string;
  readonly request: ModelChartRequest | null;
  readonly look: Look;
  readonly label: string;
  readonly className: string;
}

export function ModelChart({ chartId, request, look, label, className }: Props) {
  const box = useRef<HTMLDivElement | null>(null);
  const size = useBoxSize(box);
  const sized = useMemo(() => (size ? { ...look, width: size.width, height: size.height } : null), [look, size]);
  const option = useModelChart(chartId, sized ? request : null, sized ?? look);
  return (
    <div ref={box} className={className}>
      <EChart option={option} theme={look.theme} className="fill" label={label} />
    </div>
  );
}
