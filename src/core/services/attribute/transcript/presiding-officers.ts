import { ROLE_WORDS } from './label-words'

const IN_THE_CHAIR =
  /\b(?:(Mr|Mrs|Ms|Madam|Dr|Mister)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\)?\s+in\s+the\s+[Cc]hair\b/gu

/**
 * Who presides from where on: "with Ms. Foxx in the chair" (Congressional Record), "[Mr Speaker in the Chair]"
 * (Hansard). A role in the chair ("Mr Speaker") leaves the presiding officer unnamed.
 */
export function presidingOfficers(text: string): { at: number; name: string | null }[] {
  const out: { at: number; name: string | null }[] = []
  for (const m of text.matchAll(IN_THE_CHAIR)) {
    const words = m[2]!.toLowerCase().split(/\s+/)
    const isRole = words.every((w) => ROLE_WORDS.has(w))
    out.push({ at: m.index, name: isRole ? null : m[2]! })
  }
  return out
}
