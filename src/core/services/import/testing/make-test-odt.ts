/** Test helper: zips the minimal parts of an OpenDocument text (.odt) with fflate. */
import { strToU8, zipSync } from 'fflate'

export interface TestOdtOptions {
  /** meta.xml elements, e.g. { 'dc:title': 'Minutes', 'meta:initial-creator': 'Ann Lee' }. Omitted: no meta.xml. */
  meta?: Record<string, string>
  /** The `mimetype` entry; default the .odt type; null leaves it out. */
  mimetype?: string | null
}

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'

/**
 * An .odt whose office:text holds `body` as written (ODF markup: `<text:p>…</text:p>`, `<text:h>`, lists,
 * tables…), with the `mimetype` entry stored first and uncompressed as the format requires.
 */
export function makeTestOdt(body: string, opts: TestOdtOptions = {}): Uint8Array {
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {}
  const mimetype = opts.mimetype === undefined ? 'application/vnd.oasis.opendocument.text' : opts.mimetype
  if (mimetype !== null) files.mimetype = [strToU8(mimetype), { level: 0 }]
  files['META-INF/manifest.xml'] = xml(
    `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
      `<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>` +
      `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>` +
      `</manifest:manifest>`
  )
  files['content.xml'] = xml(
    `<office:document-content ${NS} office:version="1.3"><office:body><office:text>` +
      `<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>` +
      `${body}</office:text></office:body></office:document-content>`
  )
  if (opts.meta) {
    const entries = Object.entries(opts.meta).map(([k, v]) => `<${k}>${esc(v)}</${k}>`)
    files['meta.xml'] = xml(
      `<office:document-meta ${NS} office:version="1.3"><office:meta>${entries.join('')}</office:meta></office:document-meta>`
    )
  }
  return zipSync(files)
}

function xml(s: string): Uint8Array {
  return strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n${s}`)
}

/** Escapes text for XML. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
