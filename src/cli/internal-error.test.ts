import { readFile, rm } from 'node:fs/promises'
import type { Command } from 'commander'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../shared/api'
import { StoreError } from '../core/store/store-error'
import { storeErrorToApi } from '../core/store-error-to-api'
import { CliError } from './cli-error'

// A command that fails the way a bug does, after the core logged something with its stack.
vi.mock('./commands/serve-command', () => ({
  registerServe: (program: Command) =>
    program.command('boom').action(() => {
      console.error('dossier: tags.add failed:', new Error('deep inside'))
      const broken = undefined as unknown as { run(): void }
      broken.run()
    })
}))
const { exitCodeOf, runCli } = await import('./main')

const systemError = (code: string) =>
  Object.assign(new Error(`${code}: oops`), { code, syscall: 'open', path: '/x' })

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const write = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((stderr += String(chunk)), true))
  try {
    return { code: await runCli(argv), stderr }
  } finally {
    write.mockRestore()
  }
}

afterEach(() => vi.unstubAllEnvs())

describe('exit codes', () => {
  it('2 for every user error and every failure of the machine; 3 only for a fault of Dossier', () => {
    const store = (code: string) =>
      new StoreError('IO', 'could not save x.json in workspace /w', { cause: systemError(code) })
    expect(exitCodeOf(new CliError('bad'))).toBe(2)
    expect(exitCodeOf(new CliError('check failed', 1))).toBe(1)
    for (const code of [
      'INVALID_INPUT',
      'NOT_FOUND',
      'CONFLICT',
      'READ_ONLY',
      'DAMAGED',
      'LOCKED',
      'IO'
    ] as const)
      expect(exitCodeOf(new ApiError(code, 'x')), code).toBe(2)
    for (const errno of ['ENOSPC', 'EACCES', 'EROFS', 'EIO', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EMFILE']) {
      expect(exitCodeOf(systemError(errno)), errno).toBe(2)
      expect(exitCodeOf(store(errno)), `a store error caused by ${errno}`).toBe(2)
      expect(
        exitCodeOf(storeErrorToApi(store(errno))),
        `the API error for a store error caused by ${errno}`
      ).toBe(2)
    }
    expect(storeErrorToApi(store('ENOSPC')).code).toBe('IO')
    expect(storeErrorToApi(store('EROFS')).code).toBe('READ_ONLY')
    expect(exitCodeOf(new ApiError('INTERNAL', 'x'))).toBe(3)
    expect(exitCodeOf(storeErrorToApi(new StoreError('IO', 'x', { cause: new TypeError('bug') })))).toBe(3)
    expect(exitCodeOf(new TypeError('bug'))).toBe(3)
  })

  it('an internal fault prints one line saying how to report it; the stack goes to a log file', async () => {
    const { code, stderr } = await run(['boom'])
    expect(code).toBe(3)
    const match =
      /^dossier: internal error \(a bug in Dossier, not in your input\): Cannot read properties of undefined \(reading 'run'\)\. Please report it with what you ran; the details are in (\S+)\.\n$/.exec(
        stderr
      )
    expect(match, stderr).not.toBeNull()
    const log = await readFile(match![1]!, 'utf8')
    await rm(match![1]!)
    expect(log).toContain('dossier "boom"')
    expect(log).toMatch(/dossier: tags\.add failed: Error: deep inside\n\s+at /)
    expect(log).toMatch(/TypeError: Cannot read properties of undefined \(reading 'run'\)\n\s+at /)
  })

  it('DOSSIER_DEBUG=1 shows the stack as well', async () => {
    vi.stubEnv('DOSSIER_DEBUG', '1')
    const { code, stderr } = await run(['boom'])
    const log = /the details are in (\S+)\./.exec(stderr)?.[1]
    if (log) await rm(log)
    expect(code).toBe(3)
    expect(stderr).toMatch(/dossier: internal error .*\nTypeError: Cannot read properties of undefined/)
  })

  it('a user error is one line with no stack', async () => {
    const { code, stderr } = await run(['--workspace', '/nonexistent/dossier', 'documents'])
    expect(code).toBe(2)
    expect(stderr).toBe(
      'dossier: /nonexistent/dossier is not a Dossier workspace (run: dossier --workspace /nonexistent/dossier init)\n'
    )
  })
})
