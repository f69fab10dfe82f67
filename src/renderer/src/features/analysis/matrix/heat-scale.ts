/** The sequential scale of matrix cells: 0 for an empty cell, else a step 1–5 of the largest value. */
export const HEAT_STEPS = 5

export function heatStep(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0
  return Math.min(HEAT_STEPS, Math.max(1, Math.ceil((value / max) * HEAT_STEPS)))
}

/** The values each step stands for, for the legend ("1–4", "5–8", …); steps no whole value falls in are left out. */
export function heatLegend(max: number, percent: boolean): { step: number; label: string }[] {
  const unit = percent ? '%' : ''
  const out: { step: number; label: string }[] = []
  for (let step = 1; step <= HEAT_STEPS; step++) {
    const lo = Math.floor(((step - 1) * max) / HEAT_STEPS) + 1
    const hi = Math.floor((step * max) / HEAT_STEPS)
    if (lo <= hi) out.push({ step, label: lo === hi ? `${hi}${unit}` : `${lo}–${hi}${unit}` })
  }
  return out
}
