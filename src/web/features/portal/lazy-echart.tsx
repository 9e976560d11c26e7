import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart';

// The chart library is fetched only when a chart is about to be drawn, after the page's text and figures: the
// largest paint of a portal page never waits for it.
const charts = {
  bar: lazy(() => import('./echart-bar').then((module) => ({ default: module.EChart }))),
  line: lazy(() => import('./echart-line').then((module) => ({ default: module.EChart }))),
};

/** An ECharts chart loaded on demand; its box keeps its height meanwhile, so nothing below it moves. */
export function LazyEChart({ kind, ...props }: EChartProps & { kind: keyof typeof charts }) {
  const EChart = charts[kind];
  return (
    <Suspense
      fallback={
        <div
          role="img"
          aria-label={props.label}
          aria-busy="true"
          style={{ width: '100%', height: props.height }}
        />
      }
    >
      <EChart {...props} />
    </Suspense>
  );
}
