/** A task id no other window or run will pick: `<prefix>-<18 hex digits>`. */
export function randomTaskId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9))
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}
