import { useState } from 'react'
import type { WorkspaceInfo } from '../../../shared/api'
import { run } from '../api'
import { notify } from './toast'

/** Warnings above the workspace: files that failed to load (with restore) and read-only mode. */
export function WorkspaceBanners({ info }: { info: WorkspaceInfo | undefined }) {
  const [restoring, setRestoring] = useState<string | null>(null)
  if (!info) return null
  const restore = async (file: string) => {
    setRestoring(file)
    const done = await run('workspace.restore', { file })
    setRestoring(null)
    if (done) notify(`Restored the last good copy of ${file}.`)
  }
  return (
    <>
      {info.damaged.length > 0 && (
        <section className="banner banner--danger" aria-labelledby="damaged-title">
          <h2 id="damaged-title" className="banner__title">
            {info.damaged.length === 1
              ? 'A workspace file is damaged'
              : `${info.damaged.length} workspace files are damaged`}
          </h2>
          <p className="banner__text">
            Their contents are not shown and will not be overwritten. Restore the last good copy from the
            automatic backups, or repair the file by hand.
          </p>
          <ul className="banner__files">
            {info.damaged.map((d) => (
              <li key={d.file} className="banner__file">
                <code className="banner__path">{d.file}</code>
                <span className="banner__reason">{d.reason}</span>
                {!info.readOnly && (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={restoring !== null}
                    onClick={() => void restore(d.file)}
                  >
                    {restoring === d.file ? 'Restoring…' : 'Restore last good copy'}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {info.readOnly && (
        <section className="banner banner--info" aria-label="Read-only">
          <p className="banner__text">
            <strong>Read-only.</strong> This workspace is open elsewhere or was opened read-only: you can
            read, search and export, but not change anything.
          </p>
        </section>
      )}
    </>
  )
}
