import { describe, expect, it } from 'vitest'
import { bylineAuthors } from './byline-authors'

describe('bylineAuthors', () => {
  it('drops "By" and its equivalents and splits co-authors', () => {
    expect(bylineAuthors('By Erin Cunningham')).toEqual(['Erin Cunningham'])
    expect(bylineAuthors('By A and B')).toEqual(['A', 'B'])
    expect(bylineAuthors('by Ann Lee & Bob Ray')).toEqual(['Ann Lee', 'Bob Ray'])
    expect(bylineAuthors('Stella Kim, Jennifer Jett')).toEqual(['Stella Kim', 'Jennifer Jett'])
    expect(bylineAuthors('Par Sébastien Farcis')).toEqual(['Sébastien Farcis'])
    expect(bylineAuthors('Alexandre Hervaud et Jérémy Piette')).toEqual([
      'Alexandre Hervaud',
      'Jérémy Piette'
    ])
    expect(bylineAuthors('By\n\t\t\tScott Cunningham')).toEqual(['Scott Cunningham'])
    expect(bylineAuthors('Written by Rob Ewaschuk\n   Edited by Betsy Beyer')).toEqual(['Rob Ewaschuk'])
  })

  it('cuts off the date or time printed after the name (Readability bylines from real pages)', () => {
    expect(bylineAuthors('By Nathan Willis\n      March 25, 2015')).toEqual(['Nathan Willis'])
    expect(bylineAuthors('By GILLIAN MOHNEY\n   March 11, 2015 3:46 PM')).toEqual(['GILLIAN MOHNEY'])
    expect(bylineAuthors('by Lucas Nolan22 Dec 2016651')).toEqual(['Lucas Nolan'])
    expect(bylineAuthors('By Ann Lee and Bob RayMarch 5, 2024')).toEqual(['Ann Lee', 'Bob Ray'])
    expect(bylineAuthors('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm')).toEqual([])
    expect(bylineAuthors('Last Updated: January 7, 2025')).toEqual([])
  })

  it('keeps names whole where splitting would break them, and drops URLs', () => {
    expect(bylineAuthors('Mac & i')).toEqual(['Mac & i'])
    expect(bylineAuthors('Jong, Michiel de')).toEqual(['Jong, Michiel de'])
    expect(bylineAuthors('By Brenda  Goodman, MA')).toEqual(['Brenda Goodman, MA'])
    expect(bylineAuthors('Martin Untersinger (avec Damien Leloup et Morgane Tual)')).toEqual([
      'Martin Untersinger (avec Damien Leloup et Morgane Tual)'
    ])
    expect(bylineAuthors('Bradley M. Kuhn (http://ebb.org/bkuhn/)')).toEqual(['Bradley M. Kuhn'])
    expect(bylineAuthors('By June Carter')).toEqual(['June Carter'])
    expect(bylineAuthors('肖春芳')).toEqual(['肖春芳'])
    expect(bylineAuthors('x'.repeat(400))).toEqual([])
  })
})
