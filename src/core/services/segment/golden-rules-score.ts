import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { segmentText } from './segment-text'

/** The English Golden Rules of sentence boundary detection (see test-fixtures/golden-rules/README.md). */
export const GOLDEN_RULES_FILE = new URL(
  '../../../../test-fixtures/golden-rules/golden-en.json',
  import.meta.url
)

const GoldenRules = z.array(
  z.object({ text: z.string(), expected: z.array(z.string()), xfailInPySBD: z.boolean() })
)
export type GoldenRule = z.infer<typeof GoldenRules>[number]

export interface GoldenRulesScore {
  passed: number
  total: number
  failures: { text: string; expected: string[]; got: string[] }[]
}

export function readGoldenRules(file: URL | string = GOLDEN_RULES_FILE): GoldenRule[] {
  return GoldenRules.parse(JSON.parse(readFileSync(file, 'utf8')))
}

/** The sentences `segmentText` finds in a text, whitespace-trimmed as the Golden Rules expect them. */
export function goldenRuleSentences(text: string): string[] {
  return segmentText(text).sentences.map((s) => s.text.trim())
}

/** Runs every Golden Rule through `segmentText`: how many give exactly the expected sentences, and the others. */
export function scoreGoldenRules(file: URL | string = GOLDEN_RULES_FILE): GoldenRulesScore {
  const rules = readGoldenRules(file)
  const failures: GoldenRulesScore['failures'] = []
  for (const { text, expected } of rules) {
    const got = goldenRuleSentences(text)
    const want = expected.map((e) => e.trim())
    if (got.length !== want.length || got.some((s, i) => s !== want[i]))
      failures.push({ text, expected: want, got })
  }
  return { passed: rules.length - failures.length, total: rules.length, failures }
}
