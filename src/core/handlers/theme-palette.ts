import { THEME_PALETTE as PALETTE } from '../../shared/domain'

/** The palette's colours, for themes created without one (a REFI-QDA code without a colour). */
export const THEME_PALETTE = PALETTE.map((c) => c.hex)
