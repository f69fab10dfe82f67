import { it } from 'vitest'
import { loadMustAssertions, readSamples, w3cFailures } from './w3c-test-validator'
it('scratch', () => {
  const musts = loadMustAssertions()
  for (const s of readSamples('incorrect')) if (s.json === undefined) console.log('incorrect', s.name, s.lenient === undefined ? 'NOT JSON' : w3cFailures(s.lenient, musts).join(', '))
})
