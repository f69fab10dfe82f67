import { constants, deflateSync } from 'node:zlib'
import { concat } from './write-zip'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
const TEXT = 'BT /F1 12 Tf 72 720 Td (The page tree of this file lies about its size.) Tj ET'

/**
 * A PDF from its objects (object i + 1 is `objects[i]`, a string or raw bytes for a stream), with a correct
 * cross-reference table. Object 1 must be the catalog.
 */
export function writePdf(objects: (string | Uint8Array)[]): Uint8Array {
  const parts: Uint8Array[] = [enc('%PDF-1.4\n')]
  let length = parts[0]!.byteLength
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(length)
    const bytes = concat([
      enc(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? enc(body) : body,
      enc('\nendobj\n')
    ])
    parts.push(bytes)
    length += bytes.byteLength
  })
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const off of offsets) xref += `${String(off).padStart(10, '0')} 00000 n \n`
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`
  return concat([...parts, enc(xref)])
}

const page = (parent: number, font: number, content: number): string =>
  `<< /Type /Page /Parent ${parent} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`
const stream = (content: string): string => `<< /Length ${content.length} >>\nstream\n${content}\nendstream`

/**
 * A PDF of about 1 KB whose page tree claims 10⁹ pages, and holds them: nine levels of /Pages nodes, each
 * listing the node below ten times (a tree may share nodes), above one real page. pdf.js finds the last page
 * where the counts say, so it believes the count; a reader then asks for every page.
 */
export function pdfPageCountBomb(levels = 9, fanOut = 10): Uint8Array {
  // objects: 1 catalog, 2 font, 3 content, 4 the page, 5.. the levels from the bottom up (the root last)
  const objects: string[] = ['', FONT, stream(TEXT), '']
  let below = 4
  for (let level = 1; level <= levels; level++) {
    const self = 4 + level
    const parent = level === levels ? '' : ` /Parent ${self + 1} 0 R`
    const kids = Array<string>(fanOut).fill(`${below} 0 R`).join(' ')
    objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${fanOut ** level}${parent} >>`)
    below = self
  }
  objects[0] = `<< /Type /Catalog /Pages ${below} 0 R >>`
  objects[3] = page(5, 2, 3)
  return writePdf(objects)
}

/** A PDF whose page tree is `depth` /Pages nodes nested in one another above a single page. */
export function pdfDeepPageTree(depth = 100_000): Uint8Array {
  // objects: 1 catalog, 2 font, 3 content, 4 page, 5.. the /Pages chain (5 is the root)
  const objects: string[] = ['<< /Type /Catalog /Pages 5 0 R >>', FONT, stream(TEXT), page(4 + depth, 2, 3)]
  for (let i = 0; i < depth; i++) {
    const self = 5 + i
    const kid = i === depth - 1 ? 4 : self + 1
    const parent = i === 0 ? '' : ` /Parent ${self - 1} 0 R`
    objects.push(`<< /Type /Pages /Kids [${kid} 0 R] /Count 1${parent} >>`)
  }
  return writePdf(objects)
}

/** A PDF whose page tree contains itself: the root's kids are a page and the root again. */
export function pdfCyclicPageTree(): Uint8Array {
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1000 >>',
    page(2, 4, 5),
    FONT,
    stream(TEXT)
  ])
}

/**
 * A PDF with one page whose content stream (FlateDecode) inflates to `expandsTo` bytes of text-drawing
 * operators from a few hundred KB. Built from a repeated full-flush deflate block, so it is cheap to make.
 */
export function pdfStreamBomb(expandsTo = 1024 * 1024 * 1024): Uint8Array {
  const unit = '(lol) Tj T* '.repeat(87_381) // about 1 MB
  const flush = { finishFlush: constants.Z_FULL_FLUSH }
  // zlib format: header and Adler-32 trailer around raw deflate blocks; pdf.js does not check the Adler-32.
  const header = Uint8Array.of(0x78, 0x9c)
  const head = deflateRawPiece('BT /F1 12 Tf 14 TL 72 720 Td ', flush)
  const body = deflateRawPiece(unit, flush)
  const tail = deflateRawPiece('ET', {})
  const times = Math.ceil(expandsTo / unit.length)
  const data = concat([header, head, ...Array<Uint8Array>(times).fill(body), tail, new Uint8Array(4)])
  const dict = enc(`<< /Length ${data.byteLength} /Filter /FlateDecode >>\nstream\n`)
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page(2, 4, 5),
    FONT,
    concat([dict, data, enc('\nendstream')])
  ])
}

function deflateRawPiece(s: string, opts: { finishFlush?: number }): Uint8Array {
  // deflateSync gives a zlib stream: strip its 2-byte header and, when finished, its 4-byte Adler-32.
  const z = deflateSync(s, opts)
  return opts.finishFlush === undefined ? z.subarray(2, z.length - 4) : z.subarray(2)
}
