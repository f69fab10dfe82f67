import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { withinFactor, type Report } from './measurement'
import { summarize } from './stats'

const ROOT = resolve(import.meta.dirname, '..', '..')
const BIN = join(ROOT, 'bin', 'dossier.mjs')

function wallMs(args: string[]): number {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })
  const ms = performance.now() - t0
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr.trim().split('\n')[0]}`)
  return ms
}

/**
 * Start-up of the command line against a bare `node -e 0` measured in the same rounds (each round runs the
 * baseline and every command once, so a busy moment bills them alike). Runs the built CLI (`npm run build:cli`).
 */
export async function benchCli(reps: number, log: (m: string) => void): Promise<Report> {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build', 'build-cli.mjs')], {
    encoding: 'utf8'
  })
  if (build.status !== 0) throw new Error(`building the CLI failed: ${build.stderr}`)
  const dir = join(await mkdtemp(join(tmpdir(), 'dossier-bench-cli-')), 'ws')
  try {
    const run = (...args: string[]) => [BIN, '--workspace', dir, ...args]
    wallMs(run('init'))
    wallMs(run('theme', 'add', 'Escalation'))
    const first = JSON.parse(
      spawnSync(process.execPath, run('--json', 'statements', '--limit', '1'), { encoding: 'utf8' }).stdout
    ) as { items?: { id: string }[] } | { id: string }[]
    const statementId = (Array.isArray(first) ? first : (first.items ?? []))[0]?.id
    if (!statementId) throw new Error('the seeded workspace has no statement')
    const commands = {
      'cli.help': [BIN, '--help'],
      'cli.statements': run('--json', 'statements'),
      'cli.tag': run('tag', statementId, 'Escalation')
    }
    const budgets: Record<keyof typeof commands, number> = {
      'cli.help': 3,
      'cli.statements': 5,
      'cli.tag': 6
    }
    const samples: Record<string, number[]> = {
      base: [],
      ...Object.fromEntries(Object.keys(commands).map((k) => [k, []]))
    }
    log(`cli start-up, ${reps} rounds…`)
    for (let i = 0; i < reps + 1; i++) {
      const round = {
        base: wallMs(['-e', '0']),
        ...Object.fromEntries(Object.entries(commands).map(([k, a]) => [k, wallMs(a)]))
      }
      if (i === 0) continue // the first round warms the file cache
      for (const [k, ms] of Object.entries(round)) samples[k]!.push(ms)
    }
    const baseline = { ...summarize(samples.base!), what: '`node -e 0` in the same rounds' }
    const report: Report = {}
    for (const [k, factor] of Object.entries(budgets)) {
      const what = `\`dossier ${commands[k as keyof typeof commands].slice(1).join(' ').replace(dir, 'WS')}\` (seeded workspace), wall time`
      report[k] = withinFactor({ ...summarize(samples[k]!), unit: 'ms', what, baseline }, factor, 'p50')
    }
    return report
  } finally {
    await rm(dirname(dir), { recursive: true, force: true })
  }
}
