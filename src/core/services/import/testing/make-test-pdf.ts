/** Test helper: writes a small valid PDF by hand (PDF 1.4, one Helvetica text object per page). */

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
const JAPAN1 = '/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >>'
const HEISEI_DESCRIPTOR =
  '<< /Type /FontDescriptor /FontName /HeiseiMin-W3 /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 ' +
  '/Ascent 859 /Descent -141 /CapHeight 709 /StemV 69 >>'

/** Text placed at coordinates (points from the bottom left of a 612 × 792 page; y is the baseline). */
export interface PlacedTestText {
  x: number
  y: number
  text: string
  /** Font size in points; default 12. */
  size?: number
}

/** A page: lines from the top left (see makeTestPdf), or text placed at coordinates. */
export type TestPdfPage = string[] | { placed: PlacedTestText[] }

export interface TestPdfOptions {
  /** Document information dictionary entries, e.g. { Title: 'Report', Author: 'Ann Lee', CreationDate: 'D:2024…' }. */
  info?: Record<string, string>
  /**
   * Adds a Standard security handler whose user password is not empty, so a reader must ask for a password.
   * (The content is not actually encrypted: no reader gets that far.)
   */
  encrypted?: boolean
  /**
   * 'japanese': a non-embedded CID font (HeiseiMin-W3) with the predefined CMap UniJIS-UCS2-H, text written as
   * UTF-16 code units (BMP only). pdf.js can only read it with its bundled CMap files.
   */
  font?: 'helvetica' | 'japanese'
}

/**
 * A PDF with one page per entry of `pages`. A page is a list of lines set in 12 pt Helvetica, 14 pt apart,
 * from the top left (an empty string leaves a blank line, a paragraph gap), or `{ placed }`: texts at given
 * coordinates and sizes, each its own text object, in the order given (columns, headers, footers…). A page with no
 * text gets a filled rectangle and no text at all, like a scanned page. Only ASCII text with Helvetica, please.
 */
export function makeTestPdf(pages: TestPdfPage[], opts: TestPdfOptions = {}): Uint8Array {
  const objects: string[] = [] // objects[i] is object number i + 1
  const add = (body: string): number => objects.push(body)

  const catalog = add('') // filled in once the page tree's number is known
  const pagesObj = add('')
  const japanese = opts.font === 'japanese'
  let font: number
  if (japanese) {
    const descriptor = add(HEISEI_DESCRIPTOR)
    const cidFont = add(
      `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiMin-W3 ${JAPAN1} /FontDescriptor ${descriptor} 0 R >>`
    )
    font = add(
      `<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiMin-W3 /Encoding /UniJIS-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`
    )
  } else {
    font = add(HELVETICA)
  }
  const kids: number[] = []
  for (const page of pages) {
    const encode = japanese ? utf16Hex : pdfString
    const content = Array.isArray(page)
      ? page.length > 0
        ? textOps(page, encode)
        : '0.5 g 72 500 200 200 re f'
      : page.placed.length > 0
        ? placedOps(page.placed, encode)
        : '0.5 g 72 500 200 200 re f'
    const contentObj = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] ` +
          `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contentObj} 0 R >>`
      )
    )
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`

  let trailerExtra = ''
  if (opts.info) {
    const entries = Object.entries(opts.info).map(([k, v]) => `/${k} ${pdfString(v)}`)
    trailerExtra += ` /Info ${add(`<< ${entries.join(' ')} >>`)} 0 R`
  }
  if (opts.encrypted) {
    const hex32 = (seed: number): string =>
      Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('')
    const encrypt = add(`<< /Filter /Standard /V 1 /R 2 /O <${hex32(7)}> /U <${hex32(11)}> /P -44 >>`)
    trailerExtra += ` /Encrypt ${encrypt} 0 R /ID [<${hex32(3).slice(0, 32)}> <${hex32(3).slice(0, 32)}>]`
  }

  // All content is ASCII, so string length = byte length and offsets can be counted on the string.
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(pdf.length)
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(pdf)
}

function textOps(lines: string[], encode: (s: string) => string): string {
  const ops = ['BT', '/F1 12 Tf', '14 TL', '72 720 Td']
  lines.forEach((line, i) => {
    if (i > 0) ops.push('T*')
    if (line !== '') ops.push(`${encode(line)} Tj`)
  })
  ops.push('ET')
  return ops.join('\n')
}

function placedOps(texts: PlacedTestText[], encode: (s: string) => string): string {
  return texts
    .map((t) => `BT /F1 ${t.size ?? 12} Tf 1 0 0 1 ${t.x} ${t.y} Tm ${encode(t.text)} Tj ET`)
    .join('\n')
}

function utf16Hex(s: string): string {
  return `<${Array.from(s, (c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`
}

function pdfString(s: string): string {
  if (/[^\x20-\x7e]/.test(s)) throw new Error(`makeTestPdf: only printable ASCII, got ${JSON.stringify(s)}`)
  return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`
}
