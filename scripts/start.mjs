#!/usr/bin/env node
// `npm start`: the desktop app when the Electron runtime is present (or can be fetched), browser mode otherwise.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = join(root, 'node_modules', 'electron')
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name)
const INSTALL_TIMEOUT_MS = 45_000

function electronBinaryPresent() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return false
  const relative = readFileSync(pathFile, 'utf8').trim()
  return relative !== '' && existsSync(join(electronDir, 'dist', relative))
}

function tryInstallElectron() {
  const installer = join(electronDir, 'install.js')
  if (!existsSync(installer) || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return false
  const result = spawnSync(process.execPath, [installer], {
    cwd: electronDir,
    stdio: 'ignore',
    timeout: INSTALL_TIMEOUT_MS
  })
  return result.status === 0 && electronBinaryPresent()
}

function run(command, args, options = {}) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options
  })
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  return child
}

function openInBrowser(url) {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]]
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', () => {})
    child.unref()
  } catch {
    // No browser opener: the URL is printed above.
  }
}

function startDesktop() {
  const child = run(bin('electron-vite'), ['preview'])
  child.on('exit', (code) => process.exit(code ?? 0))
}

function startBrowserMode() {
  if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
    console.log('Building the app (electron-vite build)…')
    const build = spawnSync(bin('electron-vite'), ['build'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32'
    })
    if (build.status !== 0) process.exit(build.status ?? 1)
  }
  if (!existsSync(join(root, 'out', 'cli', 'dossier.js'))) {
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build', 'build-cli.mjs')], {
      stdio: 'inherit'
    })
    if (build.status !== 0) process.exit(build.status ?? 1)
  }
  // `dossier serve` prints the URL (token in the fragment); open the first one it prints.
  const cli = join(root, 'bin', 'dossier.mjs')
  const child = run(process.execPath, [cli, 'serve', ...process.argv.slice(2)], {
    stdio: ['inherit', 'pipe', 'inherit']
  })
  let opened = false
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk)
    const url = /http:\/\/(?:127\.0\.0\.1|localhost):\d+\/#token=[\w-]+/.exec(String(chunk))?.[0]
    if (url && !opened) {
      opened = true
      openInBrowser(url)
    }
  })
  child.on('exit', (code) => process.exit(code ?? 0))
}

if (electronBinaryPresent() || tryInstallElectron()) {
  startDesktop()
} else {
  console.log('Electron runtime is not installed and could not be downloaded; starting browser mode instead.')
  startBrowserMode()
}
