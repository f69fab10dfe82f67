import { describe, expect, it } from 'vitest'
import { embed, obsidianBlockId, wikiAlias, wikilink } from './obsidian-link'
import { obsidianTag, tagSegment } from './obsidian-tag'
import { HOSTILE_THEME } from './testing/test-snapshot'

describe('obsidian tags', () => {
  it.each([
    [['Escalation risk', 'Nuclear signalling'], 'escalation-risk/nuclear-signalling'],
    [['  Red   lines  '], 'red-lines'],
    [['Été 2024', 'Überblick'], 'été-2024/überblick'],
    [['a/b'], 'ab'],
    [[HOSTILE_THEME], 'policy-red-lines-what-now-1-scriptalert1script'],
    [['🚀'], 'theme'],
    [['2024'], '_2024'],
    [['Events', '2024'], 'events/2024'],
    [['under_score -- dash'], 'under_score-dash']
  ])('%j → %s', (path, expected) => {
    expect(obsidianTag(path)).toBe(expected)
  })

  it('segments hold only letters, digits, _ and -', () => {
    for (const s of ['#hash', 'a.b,c;d', 'x y\tz', '<script>'])
      expect(tagSegment(s)).toMatch(/^[\p{L}\p{M}\p{N}_-]+$/u)
  })
})

describe('obsidian links', () => {
  it('block ids keep letters, digits and dashes only', () => {
    expect(obsidianBlockId('doc-nyt.12')).toBe('doc-nyt-12')
    expect(obsidianBlockId('memo_2.1')).toBe('memo-2-1')
  })

  it('aliases cannot break out of the wikilink', () => {
    expect(wikiAlias('a]] [[b|c\nd <i>')).toBe('a)) ((b¦c d ‹i›')
    expect(wikiAlias('x'.repeat(100))).toHaveLength(60)
    expect(wikilink('Themes/A', 'A|B')).toBe('[[Themes/A|A¦B]]')
    expect(wikilink('Themes/A')).toBe('[[Themes/A]]')
    expect(embed('Documents/D#^b-1')).toBe('![[Documents/D#^b-1]]')
  })
})
