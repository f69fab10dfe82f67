import { useEffect, useState } from 'react'

const KEY = 'dossier.themes.collapsed'

function load(): Set<string> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [])
  } catch {
    return new Set()
  }
}

/** Which themes are collapsed in the tree, remembered across launches. */
export function useCollapsed() {
  const [collapsed, setCollapsed] = useState<Set<string>>(load)
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify([...collapsed]))
    } catch {
      // Storage may be unavailable (private mode); collapsing still works for this session.
    }
  }, [collapsed])
  return [collapsed, setCollapsed] as const
}
