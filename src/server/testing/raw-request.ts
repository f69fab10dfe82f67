import { request } from 'node:http'

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** node:http instead of fetch, so a test can send any Host, Origin or unnormalised path. */
export function rawRequest(
  port: number,
  opts: {
    method?: string
    path: string
    headers?: Record<string, string>
    body?: string | Buffer
    chunked?: boolean
  }
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8')
          })
        )
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    if (opts.body !== undefined && opts.chunked) {
      const body = Buffer.from(opts.body)
      for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.subarray(i, i + 16 * 1024))
      req.end()
    } else {
      req.end(opts.body)
    }
  })
}
