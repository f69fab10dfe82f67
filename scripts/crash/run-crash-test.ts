/**
 * `npm run test:crash`: node --import tsx scripts/crash/run-crash-test.ts [--kills 200] [--seed N] [--quiet]
 * Exits 0 only when every kill left every file readable and every acknowledged write in place.
 */
import { parseArgs } from 'node:util'
import { runCrashLoop } from './run-crash-loop'

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '200' },
    seed: { type: 'string' },
    quiet: { type: 'boolean', default: false }
  }
})
const kills = Number(values.kills)
if (!Number.isInteger(kills) || kills < 1) {
  process.stderr.write(`--kills must be a positive integer (got "${values.kills}")\n`)
  process.exit(2)
}
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31)
process.stdout.write(`crash test: ${kills} kills, seed ${seed} (repeat with --seed ${seed})\n`)
const started = Date.now()
const result = await runCrashLoop({
  kills,
  seed,
  keepOnFailure: true,
  log: values.quiet ? undefined : (line) => process.stdout.write(line + '\n')
})
for (const p of result.problems.slice(0, 50)) process.stderr.write(`${p}\n`)
process.stdout.write(
  `${result.acknowledgedWrites} acknowledged writes checked; ${result.killsDuringOpen} kills while opening; ` +
    `${result.inFlightLanded} in-flight writes landed; ${result.staleLockWaits} stale locks waited out; ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s\n`
)
process.stdout.write(result.summary + '\n')
process.exitCode = result.problems.length === 0 && result.kills === kills ? 0 : 1
