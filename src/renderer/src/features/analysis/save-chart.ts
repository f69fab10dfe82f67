import { saveFile } from '../import-export/save-file'

/**
 * A standalone copy of a chart's SVG: the page's colours (CSS variables, currentColor) resolved, on the page's
 * background, so it looks the same outside the app.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  const style = getComputedStyle(svg)
  const { width, height } = svg.getBoundingClientRect()
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  copy.setAttribute('width', String(Math.ceil(width)))
  copy.setAttribute('height', String(Math.ceil(height)))
  copy.style.color = style.color
  copy.style.fontFamily = style.fontFamily
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
  bg.setAttribute('width', '100%')
  bg.setAttribute('height', '100%')
  bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor)
  copy.insertBefore(bg, copy.firstChild)
  return new XMLSerializer().serializeToString(copy)
}

export function saveSvg(svg: string, name: string): void {
  saveFile({ fileName: `${name}.svg`, type: 'image/svg+xml', data: svg })
}

/** Draws SVG text onto a canvas at twice the size (through a data: URL, which the page's CSP allows) and saves a PNG. */
export async function savePngFromSvg(svg: string, name: string): Promise<void> {
  const img = new Image()
  img.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`
  await img.decode()
  const canvas = document.createElement('canvas')
  canvas.width = img.naturalWidth * 2
  canvas.height = img.naturalHeight * 2
  const ctx = canvas.getContext('2d')!
  ctx.scale(2, 2)
  ctx.drawImage(img, 0, 0)
  savePngDataUrl(canvas.toDataURL('image/png'), name)
}

export function savePngDataUrl(dataUrl: string, name: string): void {
  const bytes = Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0))
  saveFile({ fileName: `${name}.png`, type: 'image/png', data: bytes })
}
