/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export class Prng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  /** A standard normal sample (Box–Muller). */
  normal(): number {
    const u = 1 - this.next()
    const v = this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  /** Index in [0, n) with probability falling off as 1/(i+1)^s: a few popular items, a long tail. */
  zipf(n: number, s = 1): number {
    let total = 0
    for (let i = 1; i <= n; i++) total += 1 / i ** s
    let r = this.next() * total
    for (let i = 1; i <= n; i++) {
      r -= 1 / i ** s
      if (r <= 0) return i - 1
    }
    return n - 1
  }

  /** An id like the app's (`d-k3x9q2mz`), drawn from this generator. */
  id(prefix: string, length = 8): string {
    const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'
    let s = ''
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(this.next() * alphabet.length)]
    return `${prefix}-${s}`
  }
}
