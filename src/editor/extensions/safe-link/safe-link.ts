import Link from '@tiptap/extension-link'

export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const

/** True for the only link targets notes may hold: http(s) and mailto. Blocks javascript:, file:, data: etc. */
export function isAllowedLink(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase()
  return scheme !== undefined && (LINK_PROTOCOLS as readonly string[]).includes(scheme)
}

/**
 * TipTap's link mark held to http(s) and mailto targets, whether typed, pasted or loaded; bare addresses become
 * links as you type. A click edits the text rather than following the link.
 */
export const SafeLink = Link.configure({
  protocols: [...LINK_PROTOCOLS],
  defaultProtocol: 'https',
  openOnClick: false,
  autolink: true,
  isAllowedUri: (url) => isAllowedLink(url)
})
