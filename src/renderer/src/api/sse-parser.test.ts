import { describe, expect, it } from 'vitest'
import { createSseParser, type SseMessage } from './sse-parser'

function parseAll(chunks: string[]): SseMessage[] {
  const out: SseMessage[] = []
  const push = createSseParser((m) => out.push(m))
  chunks.forEach(push)
  return out
}

describe('createSseParser', () => {
  it('parses events, ignoring comments and retry', () => {
    expect(parseAll(['retry: 2000\n: connected\n\nevent: change\ndata: {"a":1}\n\n'])).toEqual([
      { event: 'change', data: '{"a":1}' }
    ])
  })

  it('handles messages split across chunks, CRLF and multi-line data', () => {
    const text = 'event: change\r\ndata: one\r\ndata: two\r\n\r\ndata: plain\n\n'
    const chunks = text.split('')
    expect(parseAll(chunks)).toEqual([
      { event: 'change', data: 'one\ntwo' },
      { event: 'message', data: 'plain' }
    ])
  })

  it('does not dispatch an incomplete message', () => {
    expect(parseAll(['event: change\ndata: x\n'])).toEqual([])
  })
})
