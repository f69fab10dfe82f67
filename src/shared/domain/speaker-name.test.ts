import { describe, expect, it } from 'vitest'
import { findSpeakerByName, speakerNameKey } from './speaker-name'

const kirby = { id: 'sp-1', name: 'John Kirby', aliases: ['Admiral Kirby'], role: null }
const peskov = { id: 'sp-2', name: 'Dmitry Peskov', aliases: [], role: 'Kremlin spokesman' }

describe('speaker names', () => {
  it('ignores case, honorifics and spacing', () => {
    expect(speakerNameKey('  Mr.  John   KIRBY ')).toBe('john kirby')
    expect(speakerNameKey('Dr Jill Biden')).toBe('jill biden')
  })

  it('finds a speaker by name or alias, and nothing for a blank name', () => {
    expect(findSpeakerByName([kirby, peskov], 'mr. john kirby')).toBe(kirby)
    expect(findSpeakerByName([kirby, peskov], 'admiral  kirby')).toBe(kirby)
    expect(findSpeakerByName([kirby, peskov], 'Kirby')).toBeUndefined()
    expect(findSpeakerByName([kirby, peskov], '   ')).toBeUndefined()
  })
})
