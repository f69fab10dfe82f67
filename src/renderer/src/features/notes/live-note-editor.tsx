import { useEffect, useImperativeHandle, useMemo, useRef, useState, type ComponentType } from 'react'
import { useEditor } from '@tiptap/react'
import type { LiveOwner } from '../../../../shared/api/live-editing'
import { noteExtensions } from '../../../../editor/note-extensions'
import { openLiveBody } from '../../api/api'
import type { LiveBody } from '../../api/live-body'
import { useQuery } from '../../api/use-query'
import { liveCursorColor } from './live-cursor-color'
import {
  chipBehaviour,
  editorAttributes,
  NoteEditorFrame,
  useEditorHandle,
  type NoteEditorHandle,
  type NoteEditorProps
} from './note-editor-frame'
import { useThemeChipColors } from './theme-chip-colors'
import './live-cursors.css'

interface LiveNoteEditorProps extends NoteEditorProps {
  owner: LiveOwner
  /** The editor of the stored note: shown read-only until the shared copy arrives, and editable when the note cannot be co-edited. */
  Saved: ComponentType<NoteEditorProps>
}

/** A note co-edited live: the shared copy of its body, with the other editors' carets labelled by coder. */
export function LiveNoteEditor(props: LiveNoteEditorProps) {
  const { owner, id, Saved, ref } = props
  const [live, setLive] = useState<{ body: LiveBody; state: 'connecting' | 'synced' | 'gone' } | null>(null)
  const coders = useQuery('coders.list', {})
  const shows =
    live?.state === 'gone' ? 'saved' : live?.state === 'synced' && coders.data ? 'shared' : 'waiting'
  // Focus asked for while waiting for the shared copy goes to the editor that shows it.
  const inner = useRef<NoteEditorHandle>(null)
  const waiting = useRef(true)
  waiting.current = shows === 'waiting'
  const pendingFocus = useRef<'start' | 'end' | null>(null)
  useImperativeHandle(ref, () => ({
    focus: (at) => {
      if (waiting.current) pendingFocus.current = at
      else inner.current?.focus(at)
    }
  }))
  useEffect(() => {
    if (shows === 'waiting' || !pendingFocus.current) return
    inner.current?.focus(pendingFocus.current)
    pendingFocus.current = null
  }, [shows])

  useEffect(() => {
    const body = openLiveBody(owner, id)
    setLive({ body, state: 'connecting' })
    const stop = body.onState((state) => setLive({ body, state }))
    return () => {
      stop()
      body.close()
    }
  }, [owner, id])

  if (shows === 'saved') return <Saved {...props} ref={inner} />
  if (shows === 'waiting' || !live || !coders.data) return <Saved {...props} ref={inner} readOnly />
  const name = coders.data.current?.name ?? 'Someone'
  const user = { name, color: liveCursorColor(name) }
  return <SharedNoteEditor {...props} ref={inner} body={live.body} user={user} />
}

function SharedNoteEditor(
  props: NoteEditorProps & { body: LiveBody; user: { name: string; color: string } }
) {
  const { body, user, label, readOnly, variant, ref } = props
  const extensions = useMemo(
    () =>
      noteExtensions({
        ...chipBehaviour,
        leaveOnEscape: { leave: () => props.onEscape?.() ?? false },
        live: { fragment: body.fragment, awareness: body.awareness, user }
      }),
    // One editor per shared copy: the coder's name is taken when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [body]
  )
  useThemeChipColors()
  const editor = useEditor(
    {
      extensions,
      editable: !readOnly,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: editorAttributes(variant, label) }
    },
    [extensions]
  )
  useEditorHandle(ref, editor, readOnly)
  const status = (
    <span className="note-save note-save--saved" role="status">
      Live
    </span>
  )
  return <NoteEditorFrame {...props} editor={editor} status={status} />
}
