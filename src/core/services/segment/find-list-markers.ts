const BULLET = /^[•⁃◦▪‣]/u

/** A token that opens a bulleted item: "•", "•Item", "⁃9.". */
export function isBullet(token: string): boolean {
  return BULLET.test(token)
}

interface Marker {
  index: number
  kind: string
  value: number
}

function parseMarker(token: string, index: number): Marker | null {
  if (token.length > 6) return null
  const t = token.replace(/^[•⁃◦▪‣-]/u, '')
  const num = /^(\d{1,2})(\.\)?|\))$/.exec(t)
  if (num) return { index, kind: `n${num[2]}`, value: Number(num[1]) }
  const letter = /^([a-z])([.)])$/.exec(t)
  if (letter) return { index, kind: `a${letter[2]}`, value: letter[1]!.charCodeAt(0) }
  return null
}

/**
 * Indexes of tokens that mark items of a numbered or lettered list ("1.", "2.)", "3)", "b."): runs of at
 * least two consecutive markers of one kind, the first at the start of the paragraph or after a bullet or
 * punctuation ("… as follows: 1. …"), each followed by a word that can open a sentence (`opensSentence`, per token). A lone number
 * ending a sentence ("It rose to 4.") is not a marker.
 */
export function findListMarkers(tokens: string[], opensSentence: boolean[]): ReadonlySet<number> {
  let byKind: Map<string, Marker[]> | undefined
  tokens.forEach((token, index) => {
    const marker = parseMarker(token, index)
    if (!marker) return
    byKind ??= new Map()
    const list = byKind.get(marker.kind)
    if (list) list.push(marker)
    else byKind.set(marker.kind, [marker])
  })
  const found = new Set<number>()
  if (!byKind) return found
  for (const markers of byKind.values()) {
    let runStart = 0
    for (let i = 1; i <= markers.length; i++) {
      const continues = i < markers.length && markers[i]!.value === markers[i - 1]!.value + 1
      if (continues) continue
      const run = markers.slice(runStart, i)
      if (run.length >= 2 && canStartList(tokens, run[0]!.index)) {
        if (run.every((m) => opensSentence[m.index + 1] === true)) {
          for (const m of run) found.add(m.index)
        }
      }
      runStart = i
    }
  }
  return found
}

function canStartList(tokens: string[], index: number): boolean {
  if (index === 0) return true
  const prev = tokens[index - 1]!
  return (isBullet(prev) && !/[\p{L}\p{N}]/u.test(prev)) || /[:.!?][)\]"'”’]*$/u.test(prev.slice(-8))
}
