/** Categorical colours for speakers, mid-tone so that they read on the light and the dark background alike. */
export const SPEAKER_COLORS = [
  '#4e79a7',
  '#e15759',
  '#59a14f',
  '#b07aa1',
  '#f28e2b',
  '#76b7b2',
  '#9c755f',
  '#d37295',
  '#8a8f3a',
  '#5f7fbf',
  '#c06c3e',
  '#3f9f9a'
] as const

export const speakerColor = (i: number): string => SPEAKER_COLORS[i % SPEAKER_COLORS.length]!
/** Lanes without a colour of their own (no speaker, others): neutral. */
export const NEUTRAL_COLOR = '#8d8d86'
