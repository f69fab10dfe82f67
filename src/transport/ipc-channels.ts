import type { MenuCommand } from '../preload/index.d'

/** IPC channel names shared by the main process and the preload (which bundles this file). */
export const IPC_INVOKE = 'dossier:invoke'
export const IPC_CHANGE = 'dossier:change'
export const IPC_MENU = 'dossier:menu'
export const IPC_PROGRESS = 'dossier:progress'
export const IPC_PRINT_PDF = 'dossier:print-pdf'

/** Every MenuCommand, for checking what crosses the bridge at run time. */
export const MENU_COMMANDS = [
  'undo',
  'redo',
  'find',
  'shortcuts',
  'merge'
] as const satisfies readonly MenuCommand[]
type Missing = Exclude<MenuCommand, (typeof MENU_COMMANDS)[number]>
export const menuCommandsComplete: Missing extends never ? true : never = true

export type { MenuCommand }
