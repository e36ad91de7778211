/** An element's content size, updated (debounced, rounded to 10 px) as it resizes; null until measured. */
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export interface BoxSize {
  readonly width: number;
  readonly height: number;
}

export function useBoxSize(ref: RefObject<HTMLElement | null>, delayMs = 150): BoxSize | null {
  const [size, setSize] = useState<BoxSize | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      const width = Math.max(200, Math.round(element.clientWidth / 10) * 10);
      const height = Math.max(150, Math.round(element.clientHeight / 10) * 10);
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(measure, delayMs);
    });
    observer.observe(element);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [ref, delayMs]);
  return size;
}
