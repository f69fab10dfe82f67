import { describe, expect, it } from 'vitest'
import { codingCredits } from './coding-credits'

const ann = (at: string) => ({ coderId: 'cd-ann', coderName: 'Ann', at })
const bob = (at: string) => ({ coderId: 'cd-bob', coderName: 'Bob', at })
const names: Record<string, string> = { risk: 'Escalation risk', unity: 'Alliance unity' }

describe('codingCredits', () => {
  it('names each coder once with the day of their first coding, earliest first, and details each coding', () => {
    const credits = codingCredits(
      [
        { themeId: 'risk', how: 'statement', by: [bob('2024-06-02T09:00:00Z'), ann('2024-06-03T09:00:00Z')] },
        {
          themeId: 'unity',
          how: 'span',
          annotationId: 'an-1',
          quote: 'q',
          by: [ann('2024-05-30T09:00:00Z')]
        },
        { themeId: 'gone', how: 'statement', by: [bob('2024-01-01T09:00:00Z')] }
      ],
      (id) => names[id],
      'en-GB'
    )
    expect(credits).toEqual({
      summary: 'Coded by Ann, 30 May 2024 · Bob, 2 Jun 2024',
      detail: [
        'Escalation risk (whole statement): Bob, 2 Jun 2024',
        'Escalation risk (whole statement): Ann, 3 Jun 2024',
        'Alliance unity (highlight): Ann, 30 May 2024'
      ].join('\n')
    })
  })

  it('says nothing when no coding records its coder', () => {
    expect(codingCredits([{ themeId: 'risk', how: 'statement' }], (id) => names[id])).toBeNull()
    expect(codingCredits([], (id) => names[id])).toBeNull()
  })
})
