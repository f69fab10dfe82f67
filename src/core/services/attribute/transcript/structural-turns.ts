import type { Turn } from './detect-turns'
import { classifyLabel } from './classify-label'

/** Turns an importer read from the file's structure (a WebVTT `<v Name>` span), as detectTurns would give them. */
export function structuralTurns(
  text: string,
  turns: { start: number; labelEnd: number; end: number; speaker: string }[]
): Turn[] {
  return turns.map((t) => {
    const parts = classifyLabel(t.speaker) ?? {
      kind: 'person' as const,
      core: t.speaker,
      honorific: null,
      title: null,
      name: t.speaker,
      extra: [],
      caps: false
    }
    return {
      start: t.start,
      labelEnd: t.labelEnd,
      end: t.end,
      label: { ...parts, start: 0, end: t.labelEnd - t.start, form: 'colon', alone: false, strength: 3 },
      written: text.slice(t.start, t.labelEnd).trim() || t.speaker
    }
  })
}
