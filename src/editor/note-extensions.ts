import type { AnyExtension } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import Link from '@tiptap/extension-link'
import { StatementRef } from './statement-ref'
import { ThemeRef } from './theme-ref'

export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const

/** True for the only link targets notes may hold: http(s) and mailto. Blocks javascript:, file:, data: etc. */
export function isAllowedLink(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase()
  return scheme !== undefined && (LINK_PROTOCOLS as readonly string[]).includes(scheme)
}

/** The schema of a note: paragraphs, headings, lists, quotes, inline marks, safe links, and reference chips. */
export function noteExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({ link: false, codeBlock: false, horizontalRule: false, underline: false }),
    Link.configure({
      protocols: [...LINK_PROTOCOLS],
      defaultProtocol: 'https',
      openOnClick: false,
      autolink: true,
      isAllowedUri: (url) => isAllowedLink(url)
    }),
    StatementRef,
    ThemeRef
  ]
}
