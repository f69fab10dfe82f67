import { readFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'

/** The machine the numbers come from. */
export function machineInfo(): { cpus: number; cpu: string; ramGB: number; node: string; platform: string } {
  let cpu = cpus()[0]?.model ?? 'unknown'
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu
  } catch {
    // Not Linux: os.cpus() names it.
  }
  return {
    cpus: cpus().length,
    cpu,
    ramGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`
  }
}
