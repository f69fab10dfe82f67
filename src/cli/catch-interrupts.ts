const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
type Interrupt = (typeof SIGNALS)[number]
const NUMBER: Record<Interrupt, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }

/** The conventional exit code of a process ended by `signal`: 128 + its number (130 for SIGINT). */
export const signalExitCode = (signal: Interrupt): number => 128 + NUMBER[signal]

export interface Interrupts {
  /** The first signal received, if any. */
  readonly received: Interrupt | null
  /** Stops listening (the default handling, and the lock's, take over again). */
  dispose(): void
}

/**
 * While a long command runs, SIGINT (Ctrl+C), SIGTERM and SIGHUP cancel it instead of being ignored: the first
 * signal calls `cancel` and gives the command `graceMs` to wind down (its work stopped, the workspace closed
 * and its lock released) before the process exits with 128 + the signal's number; a second signal exits at
 * once. A forced exit still releases the lock: proper-lockfile removes it on process exit.
 */
export function catchInterrupts(cancel: (signal: Interrupt) => void, graceMs = 1500): Interrupts {
  let received: Interrupt | null = null
  const handler = (signal: Interrupt): void => {
    if (received) process.exit(signalExitCode(received))
    received = signal
    process.stderr.write(`\nCancelling… (${signal === 'SIGINT' ? 'Ctrl+C' : signal} again to stop at once)\n`)
    setTimeout(() => process.exit(signalExitCode(signal)), graceMs).unref()
    cancel(signal)
  }
  for (const s of SIGNALS) process.on(s, handler)
  return {
    get received() {
      return received
    },
    dispose: () => {
      for (const s of SIGNALS) process.off(s, handler)
    }
  }
}
