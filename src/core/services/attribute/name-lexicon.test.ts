import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NAME_LEXICON_FILE, nameLexiconSource } from '../../../../scripts/lexicon/gen-name-lexicon'
import { COMMON_WORDS, FIRST_NAMES } from './name-lexicon.generated'

describe('name lexicon', () => {
  it('is up to date with the installed compromise', async () => {
    expect(readFileSync(NAME_LEXICON_FILE, 'utf8')).toBe(await nameLexiconSource())
  })

  it('knows first names and common words apart', () => {
    for (const n of ['joe', 'carolyn', 'yevgeny', 'george']) expect(FIRST_NAMES.has(n), n).toBe(true)
    for (const w of ['made', 'open', 'kept', 'the']) expect(COMMON_WORDS.has(w), w).toBe(true)
    for (const w of ['biden', 'kirby']) expect(COMMON_WORDS.has(w) || FIRST_NAMES.has(w), w).toBe(false)
  })
})
