/** Listens to an ECharts instance's zoom and reports the visible x range, debounced. */
import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { echarts } from '../../components/echarts';
import { zoomToRange } from './zoomRange';
import type { XRange, ZoomWindow } from './zoomRange';

/** Wheel and slider drags fire many events a second; one worker build per pause is enough. */
export const ZOOM_DEBOUNCE_MS = 250;

export function useLineZoom(instance: RefObject<echarts.ECharts | null>, enabled: boolean, onRange: (range: XRange | null) => void): void {
  useEffect(() => {
    const chart = instance.current;
    if (!chart || !enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handler = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // After the event ECharts has stored the window (percent and values) in the option.
        const zoom = (chart.getOption() as { dataZoom?: ZoomWindow[] }).dataZoom;
        onRange(zoomToRange(zoom?.[0]));
      }, ZOOM_DEBOUNCE_MS);
    };
    chart.on('datazoom', handler);
    return () => {
      clearTimeout(timer);
      if (!chart.isDisposed()) chart.off('datazoom', handler);
    };
  }, [instance, enabled, onRange]);
}
