/** Distinct colours, readable as highlights in light and dark themes; new themes take the next one. */
export const THEME_PALETTE = [
  '#d62728',
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
  '#393b79',
  '#ad494a'
] as const
