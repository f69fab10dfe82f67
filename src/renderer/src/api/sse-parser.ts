export interface SseMessage {
  event: string
  data: string
}

/**
 * An incremental parser for a text/event-stream body: feed it decoded chunks, it calls `onMessage` for every
 * complete message. Comments and `id`/`retry` fields are ignored.
 */
export function createSseParser(onMessage: (message: SseMessage) => void): (chunk: string) => void {
  let buffer = ''
  let event = ''
  let data: string[] = []
  const dispatch = (): void => {
    if (data.length > 0) onMessage({ event: event || 'message', data: data.join('\n') })
    event = ''
    data = []
  }
  return (chunk: string) => {
    buffer += chunk
    let newline: number
    while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = buffer.slice(0, newline)
      const width = buffer.startsWith('\r\n', newline) ? 2 : 1
      // A lone \r at the end of a chunk may be the first half of \r\n: wait for more.
      if (width === 1 && buffer[newline] === '\r' && newline === buffer.length - 1) break
      buffer = buffer.slice(newline + width)
      if (line === '') {
        dispatch()
        continue
      }
      if (line.startsWith(':')) continue
      const colon = line.indexOf(':')
      const field = colon < 0 ? line : line.slice(0, colon)
      let value = colon < 0 ? '' : line.slice(colon + 1)
      if (value.startsWith(' ')) value = value.slice(1)
      if (field === 'event') event = value
      else if (field === 'data') data.push(value)
    }
  }
}
