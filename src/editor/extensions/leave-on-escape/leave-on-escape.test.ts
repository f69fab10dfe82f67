// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { noteExtensions } from '../../note-extensions'
import { destroyEditors, editorWith, press, recordingRender } from '../../testing/editor-harness'

afterEach(destroyEditors)

describe('LeaveOnEscape', () => {
  it('Escape leaves the editor', () => {
    const leave = vi.fn(() => true)
    const e = editorWith(noteExtensions({ leaveOnEscape: { leave } }), 'Check this')
    expect(press(e, 'Escape')).toBe(true)
    expect(leave).toHaveBeenCalledOnce()
  })

  it('Escape does nothing when there is nowhere to go, or no way out', () => {
    expect(press(editorWith(noteExtensions({ leaveOnEscape: { leave: () => false } })), 'Escape')).toBe(false)
    expect(press(editorWith(noteExtensions()), 'Escape')).toBe(false)
  })

  it('with a suggestion list open, the first Escape closes the list and the next one leaves', async () => {
    const leave = vi.fn(() => true)
    const { render, open } = recordingRender()
    const e = editorWith(
      noteExtensions({
        statementRef: { items: async () => [{ id: 's', label: 'q' }], render },
        leaveOnEscape: { leave }
      }),
      'See '
    )
    e.commands.insertContent('@q')
    await vi.waitFor(() => expect(open()).not.toBeNull())
    expect(press(e, 'Escape')).toBe(true)
    expect(open()).toBeNull()
    expect(leave).not.toHaveBeenCalled()
    expect(press(e, 'Escape')).toBe(true)
    expect(leave).toHaveBeenCalledOnce()
  })
})
