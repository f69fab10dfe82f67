import { Command, CommanderError } from 'commander'
import { ApiError } from '../shared/api/api-error'
import { CliError } from './cli-error'
import { captureDiagnostics, debugEnabled, writeErrorLog } from './diagnostics'
import { systemErrorOf, systemErrorReason } from '../core/store/system-error'
import type { GlobalOptions } from './cli-context'
import { registerInit } from './commands/init-command'
import { registerListCommands } from './commands/list-commands'
import { registerEditCommands } from './commands/edit-commands'
import { registerStoreCommands } from './commands/store-commands'
import { registerServe } from './commands/serve-command'
import { registerImport } from './commands/import-command'
import { registerMerge } from './commands/merge-command'
import { registerAnalysisCommands } from './commands/analysis-commands'
import { registerViewsCommand } from './commands/views-command'
import { registerSpeakerCommands } from './commands/speaker-commands'
import { registerDocumentCommands } from './commands/document-commands'
import { registerCoderCommand } from './commands/coder-command'
import { registerAgreementCommand } from './commands/agreement-command'
import { registerSyncCommands } from './commands/sync-commands'

export function buildProgram(): Command {
  const program = new Command('dossier')
  program
    .description('Dossier: an offline research workspace for analysts')
    .option(
      '-w, --workspace <dir>',
      'the workspace folder (default: $DOSSIER_WORKSPACE or ~/Documents/Dossier)'
    )
    .option('--json', 'print JSON instead of tables')
    .showHelpAfterError('(run dossier --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  const g = (): GlobalOptions => program.opts<GlobalOptions>()
  registerInit(program, g)
  registerListCommands(program, g)
  registerEditCommands(program, g)
  registerStoreCommands(program, g)
  registerImport(program, g)
  registerMerge(program, g)
  registerAnalysisCommands(program, g)
  registerServe(program, g)
  registerViewsCommand(program, g)
  registerSpeakerCommands(program, g)
  registerDocumentCommands(program, g)
  registerCoderCommand(program, g)
  registerAgreementCommand(program, g)
  registerSyncCommands(program, g)
  for (const c of program.commands) {
    c.exitOverride()
    for (const sub of c.commands) sub.exitOverride()
  }
  return program
}

/**
 * Runs the CLI; returns the exit code: 0 ok, 1 a failed check, 2 bad usage or input, a refusal, or a failure of
 * the machine (disk full, read-only, missing path) — one line saying what and where — and 3 only for a fault of
 * Dossier itself, which prints one line saying where the details went.
 */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram()
  const diagnostics = captureDiagnostics()
  const stopCapture = () => diagnostics.stop()
  program.hook('preAction', (_program, command) => {
    if (command.name() === 'serve' || command.name() === 'sync-server') diagnostics.release()
  })
  try {
    await program.parseAsync(argv, { from: 'user' })
    flush(stopCapture())
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (err) {
    const logged = stopCapture()
    const code = exitCodeOf(err)
    if (code === 3) return internalError(argv, err, logged)
    flush(logged)
    if (err instanceof CommanderError) return code
    return fail(messageOf(err), code)
  }
}

/** The exit code for what a command threw (see runCli). */
export function exitCodeOf(err: unknown): number {
  if (err instanceof CommanderError) {
    const done = ['commander.helpDisplayed', 'commander.version', 'commander.help']
    return done.includes(err.code) ? 0 : 2
  }
  if (err instanceof CliError) return err.exitCode
  if (err instanceof ApiError) return err.code === 'INTERNAL' ? 3 : 2
  if ((err as { name?: string })?.name === 'StoreError') return 2
  if (systemErrorOf(err)) return 2
  return 3
}

function messageOf(err: unknown): string {
  const sys =
    err instanceof Error && !(err instanceof ApiError) && !(err instanceof CliError) && systemErrorOf(err)
  if (sys) return sys.path ? `${sys.path}: ${systemErrorReason(sys)}` : systemErrorReason(sys)
  return firstLine((err as Error)?.message ?? String(err))
}

/** Lines the core logged during a command that did not end in an internal error: their first lines only. */
function flush(logged: readonly string[]): void {
  if (debugEnabled()) return
  for (const line of logged) process.stderr.write(`${firstLine(line)}\n`)
}

function internalError(argv: readonly string[], err: unknown, logged: readonly string[]): number {
  const log = writeErrorLog(argv, err, logged)
  const where = log ? `the details are in ${log}` : 'run it again with DOSSIER_DEBUG=1 to see the details'
  process.stderr.write(
    `dossier: internal error (a bug in Dossier, not in your input): ${firstLine((err as Error)?.message ?? String(err))}. Please report it with what you ran; ${where}.\n`
  )
  if (debugEnabled()) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`)
  return 3
}

const firstLine = (text: string): string => text.split('\n')[0] ?? ''

function fail(message: string, code: number): number {
  process.stderr.write(`dossier: ${message}\n`)
  return code
}
