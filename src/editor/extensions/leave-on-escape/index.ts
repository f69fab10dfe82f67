export { LeaveOnEscape, type LeaveOnEscapeOptions } from './leave-on-escape'
