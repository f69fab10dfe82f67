import { open, readFile, rename } from 'node:fs/promises'

/** The least a durable save of `path` can cost: write its bytes to a temp file, fsync, rename over it. */
export async function bareWrite(path: string): Promise<number> {
  const bytes = await readFile(path)
  const tmp = `${path}.bench-tmp`
  const t0 = performance.now()
  const handle = await open(tmp, 'w')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(tmp, path)
  return performance.now() - t0
}
