export { LiveCursors, type LiveCursorsOptions, type LiveUser } from './live-cursors'
