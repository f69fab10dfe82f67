import { EditorContent, useEditor } from '@tiptap/react'
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import type { DocumentView } from '../../../../shared/api'
import { chunkEnd, type Speaker, type Theme } from '../../../../shared/domain'
import { appStore, select, useAppState } from '../../app/app-state'
import { VIEW_PANEL_ID } from '../../app/top-bar'
import { documentCodings, mergeCodings } from './coding-stripes'
import { createOffsetMap } from './offset-map'
import type { ReaderData } from './reader-decorations'
import { useDataVersion } from './use-data-version'
import {
  ReaderDecorations,
  dispatchReaderData,
  dispatchReaderFocus,
  readerFocusKey,
  readerIndex
} from './reader-plugins'
import { ReaderDoc, ReaderParagraph, ReaderText, readerContent } from './reader-schema'
import { SelectionBubble } from './selection-bubble'
import { useSelectionBar } from './selection-bar'
import { snapToWords, trimRange } from './statement-ranges'
import { readerKeyHandler } from './reader-key-handler'
import { holdInView, scrollRangeIntoView, setDomSelection } from './scroll-range'
import { speakerLabels, toggleSpeakerLabels, useSpeakerLabelsShown } from './speaker-labels'
import { useCodingStripes } from './use-coding-stripes'
import { useTextLoading } from './use-text-loading'
import { FIRST_CHUNK_CHARS } from './text-chunks'

interface ReaderEditorProps {
  /** The whole document, or its head (documents.getHead) until the whole is in. */
  view: DocumentView
  whole: boolean
  themes: Theme[]
  speakers: Speaker[]
  readOnly: boolean
}

const escapeAttr = (id: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id)

/** The document as a read-only TipTap editor with statement, highlight and gutter decorations. */
export function ReaderEditor({ view, whole, themes, speakers, readOnly }: ReaderEditorProps) {
  const { document: doc } = view
  const map = useMemo(() => createOffsetMap(doc.paragraphs), [doc.paragraphs])
  const statements = useMemo(() => [...view.statements].sort((a, b) => a.start - b.start), [view.statements])
  const [bubbleMode, setBubbleMode] = useState<'actions' | 'tag'>('actions')
  const [announcement, setAnnouncement] = useState('')
  const hintId = `reader-hint-${doc.id}`

  const editor = useEditor(
    {
      extensions: [ReaderDoc, ReaderParagraph, ReaderText, ReaderDecorations],
      content: readerContent(doc, chunkEnd(doc.paragraphs, 0, FIRST_CHUNK_CHARS)),
      editable: false,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          role: 'document',
          tabindex: '0',
          class: 'reader-prose',
          'aria-label': `Text of “${doc.title}”`,
          'aria-describedby': hintId,
          'data-view-focus': 'true'
        }
      },
      onSelectionUpdate: () => setBubbleMode('actions')
    },
    []
  )

  const complete = useTextLoading(editor, doc, whole)
  const showSpeakers = useSpeakerLabelsShown()
  const labels = useMemo(
    () => (showSpeakers ? speakerLabels(statements, new Map(speakers.map((sp) => [sp.id, sp.name]))) : []),
    [showSpeakers, statements, speakers]
  )
  // On first load nothing has focus yet: take it, so J/K work at once.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    const active = document.activeElement
    if (!active || active === document.body || active.id === VIEW_PANEL_ID)
      editor.view.dom.focus({ preventScroll: true })
  }, [editor])

  const data: ReaderData = useMemo(
    () => ({
      statements,
      annotations: view.annotations,
      linkCounts: view.linkCounts,
      themes: new Map(themes.map((t) => [t.id, { name: t.name, color: t.color }])),
      speakerLabels: labels
    }),
    [statements, view.annotations, view.linkCounts, themes, labels]
  )
  const signature = useDataVersion(data)
  const dataRef = useRef(data)
  dataRef.current = data

  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    dispatchReaderData(editor.view, dataRef.current, map)
  }, [editor, signature, map])

  const stripes = useMemo(() => {
    const themeIds = data.themes
    const joinable = (from: number, to: number) => to - from <= 4 && /^\s*$/.test(doc.text.slice(from, to))
    return {
      documentId: doc.id,
      runs: () =>
        mergeCodings(
          documentCodings(statements, view.annotations, (id) => themeIds.has(id)),
          joinable
        ),
      themes: data.themes,
      order: new Map(themes.map((t, i) => [t.id, i])),
      map
    }
  }, [statements, view.annotations, data.themes, themes, doc.id, doc.text, map])
  const stripesRef = useCodingStripes(editor, stripes, signature, complete)

  const selection = useAppState((s) => s.selection)
  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    dispatchReaderFocus(editor.view, { selected: selection })
  }, [editor, selection, signature])
  const selectionBar = useSelectionBar(
    editor,
    selection?.kind === 'statement' ? selection.id : null,
    signature,
    complete
  )

  const drawnElement = useCallback(
    (sel: { kind: 'statement' | 'annotation'; id: string }) => {
      const attr =
        sel.kind === 'statement'
          ? `[data-statement-id="${escapeAttr(sel.id)}"]`
          : `[data-annotation-ids~="${escapeAttr(sel.id)}"]`
      return editor?.view.dom.querySelector<HTMLElement>(`.stmt${attr}, .hl${attr}`) ?? null
    },
    [editor]
  )

  /** Where on screen a statement or highlight begins: its drawn element, or else its text. */
  const placeOf = useCallback(
    (sel: { kind: 'statement' | 'annotation'; id: string }) => {
      const el = drawnElement(sel)
      if (el) return el.getBoundingClientRect()
      if (!editor || editor.isDestroyed) return null
      const { statementRanges, annotationRanges } = readerIndex(editor.state)
      const at = (sel.kind === 'statement' ? statementRanges : annotationRanges).get(sel.id)
      if (!at || at.to > editor.state.doc.content.size) return null
      try {
        return editor.view.coordsAtPos(at.from, 1)
      } catch {
        return null
      }
    },
    [editor, drawnElement]
  )

  const scrollTo = useCallback(
    (sel: { kind: 'statement' | 'annotation'; id: string }, block: ScrollLogicalPosition) => {
      const range =
        block === 'nearest' && sel.kind === 'statement' && editor && !editor.isDestroyed
          ? readerIndex(editor.state).statementRanges.get(sel.id)
          : undefined
      if (range && editor) {
        scrollRangeIntoView(editor.view, range)
        return
      }
      const el = drawnElement(sel)
      if (el) return el.scrollIntoView({ block, behavior: block === 'center' ? 'auto' : 'smooth' })
      // Its decorations are not drawn yet (the text came in first): scroll to where its text is.
      if (!editor || editor.isDestroyed) return
      const { statementRanges, annotationRanges } = readerIndex(editor.state)
      const at = (sel.kind === 'statement' ? statementRanges : annotationRanges).get(sel.id)
      if (at && at.to <= editor.state.doc.content.size) scrollRangeIntoView(editor.view, at)
    },
    [editor, drawnElement]
  )

  const revealSeq = useAppState((s) => s.revealSeq)
  const revealed = useRef(-1)
  const holding = useRef<() => void>(() => undefined)
  useEffect(() => {
    if (!editor || editor.isDestroyed || revealed.current === revealSeq) return
    const sel = appStore.getState().selection
    if (sel && appStore.getState().documentId === doc.id) {
      const { statementRanges, annotationRanges } = readerIndex(editor.state)
      const range = (sel.kind === 'statement' ? statementRanges : annotationRanges).get(sel.id)
      // Still loading the text that holds it: this runs again when the text is complete.
      if (!complete && (!range || range.to > editor.state.doc.content.size)) return
      requestAnimationFrame(() => {
        if (editor.isDestroyed) return
        scrollTo(sel, 'center')
        holding.current()
        holding.current = holdInView(
          editor.view,
          () => placeOf(sel),
          () => scrollTo(sel, 'center')
        )
      })
    }
    revealed.current = revealSeq
  }, [editor, revealSeq, doc.id, scrollTo, placeOf, signature, complete])
  useEffect(() => () => holding.current(), [])

  const textRange = useCallback(() => {
    if (!editor || editor.isDestroyed) return null
    const { from, to, empty } = editor.state.selection
    const trimmed = empty ? null : trimRange(doc.text, map.toOffset(from), map.toOffset(to))
    return trimmed && snapToWords(doc.text, trimmed)
  }, [editor, doc.text, map])

  const clearTextSelection = useCallback(() => {
    if (!editor || editor.isDestroyed) return
    const pos = editor.state.selection.to
    editor.commands.setTextSelection(pos)
    window.getSelection()?.removeAllRanges()
    editor.view.dom.focus({ preventScroll: true })
  }, [editor])

  const onKeyDown = readerKeyHandler({
    documentId: doc.id,
    text: doc.text,
    statements,
    readOnly,
    textRange,
    clearTextSelection,
    openTagBubble: () => setBubbleMode('tag'),
    reveal: (id) => scrollTo({ kind: 'statement', id }, 'nearest'),
    announce: setAnnouncement,
    toggleSpeakers: () => {
      const shown = toggleSpeakerLabels()
      setAnnouncement(shown ? 'Speakers shown' : 'Speakers hidden')
    },
    extendSelection: (anchor, head) => {
      if (!editor || editor.isDestroyed) return
      const from = map.toPos(anchor, 'start')
      const to = map.toPos(head, head >= anchor ? 'end' : 'start')
      setDomSelection(editor.view, from, to)
      editor.commands.setTextSelection({ from, to })
    },
    selectionOffsets: () => {
      if (!editor || editor.isDestroyed || editor.state.selection.empty) return null
      const { anchor, head } = editor.state.selection
      return { anchor: map.toOffset(anchor), head: map.toOffset(head) }
    }
  })

  const hovered = useRef<string | null>(null)
  const setHover = (id: string | null) => {
    if (id === hovered.current || !editor || editor.isDestroyed) return
    hovered.current = id
    if (readerFocusKey.getState(editor.state)?.hoverId !== id)
      dispatchReaderFocus(editor.view, { hoverId: id })
  }
  const onMouseOver = (e: MouseEvent) =>
    setHover(
      (e.target as HTMLElement).closest<HTMLElement>('[data-statement-id]')?.dataset.statementId ?? null
    )

  const onClick = (e: MouseEvent) => {
    if (!window.getSelection()?.isCollapsed) return
    const target = e.target as HTMLElement
    const noteMark = target.closest<HTMLElement>('[data-annotation-id]')?.dataset.annotationId
    if (noteMark) {
      select({ kind: 'annotation', id: noteMark })
      return
    }
    const hl = target.closest<HTMLElement>('[data-annotation-ids]')
    const ids = hl?.dataset.annotationIds?.split(' ')
    if (ids?.length && !target.closest('.gutter')) {
      select({ kind: 'annotation', id: ids[ids.length - 1]! })
      return
    }
    const stmt = target.closest<HTMLElement>('[data-statement-id]')?.dataset.statementId
    if (stmt) select({ kind: 'statement', id: stmt })
  }

  return (
    <div
      className="reader-editor"
      onKeyDown={onKeyDown}
      onMouseOver={onMouseOver}
      onMouseLeave={() => setHover(null)}
      onClick={onClick}
    >
      <p id={hintId} className="visually-hidden">
        J and K move between statements, Enter opens the selected one in the inspector; T tags, A annotates, L
        links it. Select text, or extend a selection with Shift and the arrow keys, for highlight, annotate,
        tag and link actions. S shows or hides speakers.
      </p>
      <div ref={selectionBar} className="stmt-bar" aria-hidden="true" hidden />
      <div ref={stripesRef} className="coding-stripes" role="group" aria-label="Coding stripes" />
      <EditorContent editor={editor} />
      {editor && !readOnly && complete && (
        <SelectionBubble
          editor={editor}
          documentId={doc.id}
          text={doc.text}
          statements={statements}
          themes={themes}
          range={textRange}
          mode={bubbleMode}
          onModeChange={setBubbleMode}
          onDone={clearTextSelection}
        />
      )}
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  )
}
