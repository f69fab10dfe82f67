/** A user error: printed as one line, exit code 2 (1 is reserved for a failed check). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2
  ) {
    super(message)
    this.name = 'CliError'
  }
}
