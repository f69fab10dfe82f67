/** Twenty typical analyst queries: the search benchmark and the library comparison both run these. */
export const QUERIES = [
  'nuclear',
  'escalation risk',
  'Stoltenberg',
  'weapons Russia',
  'Biden administration',
  'kyiv',
  'artillery',
  'White House',
  'Putin threats',
  'territory',
  'NATO allies',
  'Ukraine defend',
  'missile',
  'confrontation',
  'restrictions',
  'Peskov',
  'strike targets',
  'Kharkiv border',
  'allies pressure',
  'decision'
]
