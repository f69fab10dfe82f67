// A stand-in for the import worker, for ImportSandbox's tests: it speaks the worker protocol and misbehaves
// as the file name asks, so that each way a reader can fail is tested in milliseconds, not by a slow parser.
import { Buffer } from 'node:buffer'
import process from 'node:process'
import { setInterval, setTimeout } from 'node:timers'
import { parentPort } from 'node:worker_threads'

const send = (m) => parentPort.postMessage(m)
const hold = []

parentPort.on('message', (m) => {
  if (m.type !== 'prepare') return
  send({ type: 'started' })
  const behaviour = m.fileName.replace(/\.[^.]*$/, '')
  switch (behaviour) {
    case 'ok':
      send({ type: 'progress', done: 1, total: 2, label: 'Reading' })
      send({
        type: 'done',
        result: { kind: 'source', source: { text: 'ok', bytes: m.bytes.length }, analysis: null }
      })
      return
    case 'import-error':
      send({ type: 'failed', failure: { kind: 'import', message: `${m.fileName} is not what it claims` } })
      return
    case 'stack':
      try {
        const deeper = (n) => deeper(n + 1) + 1
        deeper(0)
      } catch (err) {
        send({ type: 'failed', failure: { kind: 'crash', name: err.name, message: err.message } })
      }
      return
    case 'uncaught':
      setTimeout(() => {
        throw new TypeError('Cannot read properties of undefined (reading "kids")')
      })
      return
    case 'exit':
      process.exit(7)
      return
    case 'spin':
      for (;;);
    case 'heap':
      for (;;) hold.push({ junk: 'x'.repeat(64) + Math.random() })
    case 'buffers':
      // memory outside the heap: not covered by resourceLimits
      setInterval(() => hold.push(Buffer.alloc(32 * 1024 * 1024, 1)), 50)
      return
  }
})
send({ type: 'ready' })
