import { describe, expect, it } from 'vitest'
import { base64Steps } from './base64-steps'
import { finishAtOnce } from './run-in-slices'

describe('base64Steps', () => {
  it('writes the base64 of the whole, piece by piece, for any length', () => {
    for (const length of [0, 1, 2, 3, 786_431, 786_432, 786_433, 2_000_001]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 7919) % 256)
      // A view into a larger buffer: only its own bytes are written.
      const view = new Uint8Array(length + 2).fill(255).subarray(1, length + 1)
      view.set(bytes)
      expect(finishAtOnce(base64Steps(view))).toBe(Buffer.from(bytes).toString('base64'))
    }
  })
})
