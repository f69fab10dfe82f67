import { expect, type Locator, type Page } from '@playwright/test'

/** The centre reader: the document header, its text with statements and highlights, the selection bubble. */
export class ReaderPage {
  readonly root: Locator
  readonly title: Locator
  /** The document text (a read-only editor with role="document"). */
  readonly text: Locator
  readonly bubble: Locator
  /** The theme picker the bubble shows after Tag…. */
  readonly bubbleTheme: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('article')
    this.title = this.root.getByRole('heading', { level: 2 })
    this.text = page.getByRole('document', { name: /^Text of/ })
    this.bubble = page.getByRole('toolbar', { name: 'Selection' })
    this.bubbleTheme = page.getByRole('combobox', { name: 'Theme', exact: true })
  }

  /**
   * The id of the statement whose text contains `fragment`. A statement is drawn as several decoration spans when
   * highlights or the selection outline cut it, so its text is the join of all spans carrying its id.
   */
  async statementIdOf(fragment: string): Promise<string> {
    let found: string | null = null
    await expect
      .poll(
        async () => {
          found = await this.text.evaluate((root, wanted) => {
            const texts = new Map<string, string>()
            for (const el of root.querySelectorAll<HTMLElement>('[data-statement-id]')) {
              if (el.closest('.gutter')) continue
              const id = el.dataset.statementId!
              texts.set(id, (texts.get(id) ?? '') + el.textContent)
            }
            for (const [id, text] of texts) if (text.includes(wanted)) return id
            return null
          }, fragment)
          return found
        },
        { message: `a statement containing “${fragment}”` }
      )
      .not.toBeNull()
    return found!
  }

  /** A piece of the statement containing `fragment` that is not a highlight (a click on it selects the statement). */
  async statement(fragment: string): Promise<Locator> {
    const id = await this.statementIdOf(fragment)
    return this.text.locator(`[data-statement-id="${id}"]:not([data-annotation-ids]):not(.gutter *)`).first()
  }

  /** The statement's text (not its cross-reference marker in the gutter). */
  statementById(id: string): Locator {
    return this.text.locator(`[data-statement-id="${id}"]:not(.gutter *)`).first()
  }

  /** The text the reader marks as the selected statement (its outline may span several decoration spans). */
  async selectedText(): Promise<string> {
    return joinedText(this.text.locator('.stmt-selected'))
  }

  /** The text the reader marks as the selected highlight. */
  async selectedHighlightText(): Promise<string> {
    return joinedText(this.text.locator('.hl-selected'))
  }

  /** Every highlight segment of one annotation (overlaps and selection outlines cut a highlight into segments). */
  highlight(annotationId: string): Locator {
    return this.text.locator(`[data-annotation-ids~="${annotationId}"]`)
  }

  /** The whole highlighted text of one annotation. */
  async highlightText(annotationId: string): Promise<string> {
    return joinedText(this.highlight(annotationId))
  }

  /** Gutter markers of a statement (theme dots and link counts). */
  gutterMarker(statementId: string): Locator {
    return this.text.locator(`.gutter [data-statement-id="${statementId}"]`)
  }

  /** The coding stripes in the margin (one per theme and run of text it codes). */
  get stripes(): Locator {
    return this.page.getByRole('group', { name: 'Coding stripes' }).getByRole('button')
  }

  /** The stripes of one theme. */
  stripe(theme: string): Locator {
    return this.page.locator(`.coding-stripes .stripe[data-label="${theme}"]`)
  }

  /**
   * The themes whose stripes run beside (vertically overlap) the statement, sorted. Only stripes near the screen are
   * drawn, so the statement is scrolled into view first.
   */
  async themesBeside(statementId: string): Promise<string[]> {
    await this.statementById(statementId).scrollIntoViewIfNeeded()
    return this.text.evaluate((root, id) => {
      const pieces = [...root.querySelectorAll<HTMLElement>(`[data-statement-id="${id}"]`)].filter(
        (el) => !el.closest('.gutter')
      )
      const rects = pieces.flatMap((el) => [...el.getClientRects()])
      if (!rects.length) return []
      const top = Math.min(...rects.map((r) => r.top)) + 2
      const bottom = Math.max(...rects.map((r) => r.bottom)) - 2
      const names = new Set<string>()
      for (const stripe of document.querySelectorAll<HTMLElement>('.coding-stripes .stripe')) {
        const r = stripe.getBoundingClientRect()
        if (r.top < bottom && r.bottom > top) names.add(stripe.dataset.label ?? '')
      }
      return [...names].sort()
    }, statementId)
  }

  /** Speakers' names drawn in the text, in reading order. */
  async speakerLabels(): Promise<string[]> {
    return this.text
      .locator('.speaker-label')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.speaker ?? ''))
  }

  async clickStatement(fragment: string): Promise<void> {
    const s = await this.statement(fragment)
    await s.scrollIntoViewIfNeeded()
    await s.click()
  }

  /**
   * Selects `phrase` with the mouse, as a person does: press at the left edge of its first character, drag to the
   * right edge of its last, release. The phrase may span several decoration spans.
   */
  async dragSelect(phrase: string): Promise<void> {
    await this.text.getByText(phrase, { exact: false }).first().scrollIntoViewIfNeeded()
    const box = await this.text.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          n.parentElement?.closest('.gutter') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
      })
      const nodes: Text[] = []
      let all = ''
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text)
        all += n.nodeValue
      }
      const at = all.indexOf(wanted)
      if (at < 0) return null
      const locate = (offset: number) => {
        let acc = 0
        for (const node of nodes) {
          const len = node.nodeValue!.length
          if (offset < acc + len) return { node, offset: offset - acc }
          acc += len
        }
        const last = nodes[nodes.length - 1]!
        return { node: last, offset: last.nodeValue!.length }
      }
      const rectOf = (offset: number) => {
        const p = locate(offset)
        const r = document.createRange()
        r.setStart(p.node, p.offset)
        r.setEnd(p.node, p.offset + 1)
        return r.getBoundingClientRect()
      }
      const first = rectOf(at)
      const last = rectOf(at + wanted.length - 1)
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2
      }
    }, phrase)
    if (!box) throw new Error(`“${phrase}” is not in the reader`)
    await this.page.mouse.move(box.x1, box.y1)
    await this.page.mouse.down()
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 })
    await this.page.mouse.up()
    await expect
      .poll(() => this.page.evaluate(() => window.getSelection()?.toString().trim() ?? ''))
      .toContain(phrase.trim())
    await expect(this.bubble).toBeVisible()
  }
}

async function joinedText(segments: Locator): Promise<string> {
  return (await segments.allTextContents()).join('')
}
