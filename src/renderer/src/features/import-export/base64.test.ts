import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64 } from './base64'

const pattern = (length: number) => {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff
  return bytes
}

describe('bytesToBase64', () => {
  it('matches Node’s encoder at chunk boundaries and for short inputs', () => {
    for (const length of [
      0,
      1,
      2,
      3,
      4,
      0x2000,
      0x2001,
      3 * 0x8000 - 1,
      3 * 0x8000,
      3 * 0x8000 + 1,
      200_001
    ]) {
      const bytes = pattern(length)
      expect(bytesToBase64(bytes), `length ${length}`).toBe(Buffer.from(bytes).toString('base64'))
    }
  })

  it('encodes 50 MB without overflowing the stack', () => {
    const bytes = pattern(50 * 1024 * 1024)
    const encoded = bytesToBase64(bytes)
    expect(encoded.length).toBe(Math.ceil(bytes.length / 3) * 4)
    expect(encoded === Buffer.from(bytes).toString('base64')).toBe(true)
  })
})

describe('base64ToBytes', () => {
  it('round-trips', () => {
    const bytes = pattern(100_003)
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes)
    expect(base64ToBytes('')).toEqual(new Uint8Array(0))
  })
})
