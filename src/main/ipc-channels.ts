/** IPC channel names shared by the main process and the preload. No imports: the preload bundles this. */
export const IPC_INVOKE = 'dossier:invoke'
export const IPC_CHANGE = 'dossier:change'
export const IPC_MENU = 'dossier:menu'

/** Commands the application menu sends to the renderer (through `window.dossier.onMenu`). */
export const MENU_COMMANDS = ['undo', 'redo', 'find', 'shortcuts'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]
