import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { linkTextShare } from './link-text-share'

describe('linkTextShare', () => {
  it('is the share of non-space text inside links', () => {
    const { document } = new JSDOM('<div id="a">abcd <a href="/">ef gh</a></div><div id="b"></div>').window
    expect(linkTextShare(document.getElementById('a')!)).toBeCloseTo(4 / 8)
    expect(linkTextShare(document.getElementById('b')!)).toBe(0)
  })
})
