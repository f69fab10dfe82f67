import { describe, expect, it } from 'vitest'
import { splitNames } from './split-names'

describe('splitNames', () => {
  it('splits on commas, trims, drops empties and repeats (ignoring case)', () => {
    expect(splitNames(' Blinken,  Mr.  Blinken ,, blinken, Tony ')).toEqual([
      'Blinken',
      'Mr. Blinken',
      'Tony'
    ])
    expect(splitNames('   ')).toEqual([])
  })
})
