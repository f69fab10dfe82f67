/** Test helper: zips the minimal OOXML parts of a .docx with fflate. */
import { strToU8, zipSync } from 'fflate'

export type TestDocxBlock = string | { heading: string } | { table: string[][] }

export interface TestDocxOptions {
  /** docProps/core.xml: dc:title, dc:creator, dcterms:created. Omitted: no core.xml at all. */
  core?: { title?: string; creator?: string; created?: string }
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** A .docx whose body holds the given paragraphs, headings ("Heading1" style, with styles.xml) and tables. */
export function makeTestDocx(blocks: TestDocxBlock[], opts: TestDocxOptions = {}): Uint8Array {
  const body = blocks.map(block).join('')
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
        (opts.core
          ? `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`
          : '') +
        `</Types>`
    ),
    '_rels/.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
        (opts.core
          ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`
          : '') +
        `</Relationships>`
    ),
    'word/_rels/document.xml.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        `</Relationships>`
    ),
    'word/styles.xml': xml(
      `<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`
    ),
    'word/document.xml': xml(`<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`)
  }
  if (opts.core) {
    const { title, creator, created } = opts.core
    files['docProps/core.xml'] = xml(
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
        `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        (title !== undefined ? `<dc:title>${esc(title)}</dc:title>` : '') +
        (creator !== undefined ? `<dc:creator>${esc(creator)}</dc:creator>` : '') +
        (created !== undefined
          ? `<dcterms:created xsi:type="dcterms:W3CDTF">${esc(created)}</dcterms:created>`
          : '') +
        `</cp:coreProperties>`
    )
  }
  return zipSync(files)
}

function block(b: TestDocxBlock): string {
  if (typeof b === 'string') return para(b)
  if ('heading' in b) return para(b.heading, 'Heading1')
  const rows = b.table.map((cells) => `<w:tr>${cells.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`)
  return `<w:tbl>${rows.join('')}</w:tbl>`
}

function para(text: string, style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`
}

function xml(s: string): Uint8Array {
  return strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`)
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
