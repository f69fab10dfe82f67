/** Counts the event loop's turns from now until `stop` (which returns the count): how often other work got a go. */
export function countTurns(): { stop(): number } {
  let turns = 0
  let done = false
  const tick = (): void => {
    turns++
    if (!done) setImmediate(tick)
  }
  setImmediate(tick)
  return {
    stop: () => {
      done = true
      return turns
    }
  }
}
