/** The sandbox itself failed (its worker could not start): not the file's fault, so not an ImportError. */
export class ImportSandboxError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ImportSandboxError'
  }
}
