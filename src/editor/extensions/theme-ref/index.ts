export { ThemeRef, type ThemeRefOptions } from './theme-ref'
