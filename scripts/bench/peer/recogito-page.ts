// The peer in the reader benchmark: @recogito/text-annotator showing the same text and highlights as Dossier's
// reader. Bundled for the browser by bench-peer.ts; the page calls window.__openWithRecogito.
import { createTextAnnotator, W3CTextFormat } from '@recogito/text-annotator'
import '@recogito/text-annotator/text-annotator.css'

interface PeerInput {
  paragraphs: string[]
  /** Offsets into the paragraphs' text joined without separators (the container's text content). */
  highlights: { start: number; end: number }[]
}

const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(0)
    })
  )

declare global {
  interface Window {
    __openWithRecogito: (input: PeerInput) => Promise<{ ms: number; highlights: number }>
  }
}

let previous: { destroy(): void } | null = null

window.__openWithRecogito = async ({ paragraphs, highlights }) => {
  previous?.destroy()
  document.getElementById('peer')?.remove()
  await afterPaint()
  const t0 = performance.now()
  const host = document.createElement('div')
  host.id = 'peer'
  host.style.cssText =
    'position:fixed;inset:0;overflow:auto;background:white;font:16px/1.6 serif;padding:24px'
  for (const text of paragraphs) {
    const p = document.createElement('p')
    p.textContent = text
    host.append(p)
  }
  document.body.append(host)
  const anno = createTextAnnotator(host, { adapter: W3CTextFormat('bench', host) })
  previous = anno
  anno.setAnnotations(
    highlights.map((h, i) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: `h${i}`,
      body: [],
      target: {
        source: 'bench',
        selector: [
          { type: 'TextQuoteSelector', exact: host.textContent!.slice(h.start, h.end) },
          { type: 'TextPositionSelector', start: h.start, end: h.end }
        ]
      }
    })) as never
  )
  const t1 = await afterPaint()
  // Counted in the store: getAnnotations() re-serialises every target and throws on one it could not place.
  return { ms: t1 - t0, highlights: anno.state.store.all().length }
}
