import { runCli } from './main'

runCli(process.argv.slice(2)).then(
  (code) => {
    // `serve` keeps running; every other command ends here.
    process.exitCode = code
  },
  (err) => {
    process.stderr.write(`dossier: internal error: ${String(err)}\n`)
    process.exitCode = 3
  }
)
