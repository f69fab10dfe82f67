import { formatCount } from '../../app/ui/format-count'

/** "1 statement", "3 statements", "0 sub-themes". */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : nouns}`
}
