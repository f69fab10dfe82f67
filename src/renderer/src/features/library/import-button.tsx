import { useRef, useState } from 'react'
import { run } from '../../api'
import { openDocument } from '../../app/app-state'
import { notify } from '../../app/toast'

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf,.docx,.json,.qdpx'

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`))
    reader.readAsDataURL(file)
  })
}

async function importFiles(files: File[]): Promise<void> {
  let firstId: string | null = null
  for (const file of files) {
    const base64 = await readBase64(file).catch((err: unknown) => {
      notify(err instanceof Error ? err.message : String(err), 'error')
      return null
    })
    if (base64 === null) continue
    const result = await run('import.file', { fileName: file.name, base64 })
    if (!result) continue
    for (const d of result.imported) {
      firstId ??= d.documentId
      notify(`Imported “${d.title}”: ${d.statements} statements`)
    }
    for (const s of result.skipped) notify(`${s.fileName} was not imported: ${s.reason}`, 'error')
    for (const w of result.warnings) notify(w)
  }
  if (firstId) openDocument(firstId)
}

/** Imports documents chosen from disk (text, Markdown, HTML, PDF, Word, Dossier or REFI-QDA exports). */
export function ImportButton({ variant = 'icon' }: { variant?: 'icon' | 'button' }) {
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        onChange={async (e) => {
          const files = [...(e.target.files ?? [])]
          e.target.value = ''
          if (!files.length) return
          setBusy(true)
          await importFiles(files)
          setBusy(false)
        }}
      />
      <button
        type="button"
        className={variant === 'icon' ? 'icon-button' : 'button button--small'}
        aria-label={variant === 'icon' ? 'Import documents' : undefined}
        title="Import documents (text, Markdown, HTML, PDF, Word)"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {variant === 'icon' ? (
          <span className="icon icon--import" aria-hidden="true" />
        ) : busy ? (
          'Importing…'
        ) : (
          'Import documents…'
        )}
      </button>
    </>
  )
}
