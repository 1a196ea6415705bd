import { lazy } from 'react';

// The charts load on demand: recharts is large, and the tables carry the same figures meanwhile.

export const SideBars = lazy(() =>
  import('./results-charts').then((module) => ({ default: module.SideBars })),
);
export const ColumnBars = lazy(() =>
  import('./results-charts').then((module) => ({ default: module.ColumnBars })),
);
export const IkmGauge = lazy(() =>
  import('./results-charts').then((module) => ({ default: module.IkmGauge })),
);
export const TrendLine = lazy(() =>
  import('./results-charts').then((module) => ({ default: module.TrendLine })),
);
