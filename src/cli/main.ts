import { Command, CommanderError } from 'commander'
import { ApiError } from '../shared/api'
import { CliError } from './cli-error'
import type { GlobalOptions } from './cli-context'
import { registerInit } from './commands/init-command'
import { registerListCommands } from './commands/list-commands'
import { registerEditCommands } from './commands/edit-commands'
import { registerStoreCommands } from './commands/store-commands'
import { registerServe } from './commands/serve-command'
import { registerImport } from './commands/import-command'

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
  registerServe(program, g)
  for (const c of program.commands) {
    c.exitOverride()
    for (const sub of c.commands) sub.exitOverride()
  }
  return program
}

/** Runs the CLI; returns the exit code. User errors print one line; only real bugs print a stack. */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram()
  try {
    await program.parseAsync(argv, { from: 'user' })
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help'
      )
        return 0
      return 2
    }
    if (err instanceof CliError) return fail(err.message, err.exitCode)
    if (err instanceof ApiError) return fail(err.message, err.code === 'INTERNAL' ? 3 : 2)
    if ((err as { name?: string })?.name === 'StoreError') return fail((err as Error).message, 2)
    process.stderr.write(`dossier: internal error: ${(err as Error)?.stack ?? String(err)}\n`)
    return 3
  }
}

function fail(message: string, code: number): number {
  process.stderr.write(`dossier: ${message}\n`)
  return code
}
