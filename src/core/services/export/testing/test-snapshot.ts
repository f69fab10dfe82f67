/**
 * Test helper (not shipped): realistic WorkspaceSnapshots for the exporter tests, built from the seed article,
 * plus a hostile memo full of Markdown metacharacters, `<script>`, emoji (astral characters before the spans)
 * and CRLF line endings.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { WorkspaceSnapshot, type Link, type Note, type RichNode } from '../../../../shared/domain'
import { doc, makeAnnotation, makeDocument, p, sref, t, tref } from './test-builders'
import { richText } from '../tiptap-to-mdast'

export * from './test-builders'

export const SEED_PATH = fileURLToPath(new URL('../../../../../resources/seed/article.txt', import.meta.url))
export const HOSTILE_THEME = 'Policy / "red" lines: *what* [now]? #1 <script>alert(1)</script> 🚀'

const NYT = {
  blinken:
    'We are still making decisions about what is necessary to ensure that Ukraine can continue to defend itself effectively, Blinken said.',
  stoltenberg:
    'Denying Ukraine the ability to use these weapons against legitimate military targets on Russian territory makes it very difficult to defend itself, Stoltenberg said.',
  peskov: 'They are not getting close; they are in it.',
  nye: 'Putin is wielding the nuclear saber to prevent Biden from letting U.S. weapons be used to strike back, Joseph S. Nye, a former U.S. military official and head of the National Intelligence Council, said Tuesday.',
  jones1: 'Mr Jones added that fears about a Russian escalation were overblown.',
  jones2: "And Putin's threats of escalation since the start of the war have remained empty.",
  untagged: "Mr. Biden doesn't have much time."
}

export const MEMO_TEXT =
  '🚀 Field notes 😀 from the desk\r\n\r\n' +
  '1. Escalation is *not* inevitable_ [sic] <script>alert(1)</script> | pipes \\ backslash.\r\n' +
  '- A dash line # with hash and `code` 👍.\r\n' +
  '> quoted line + plus = equals @at\r\n' +
  '=SUM(A1:A2) looks like a formula, "quoted", and has commas\r\n'

/** The realistic workspace used by every exporter test. */
export function makeTestSnapshot(): WorkspaceSnapshot {
  const seed = readFileSync(SEED_PATH, 'utf8')
  const nyt = makeDocument(
    'doc-nyt',
    'Biden weighs lifting ban on U.S. weapons strikes inside Russia',
    seed,
    [
      { id: 'doc-nyt.1', text: NYT.blinken, speakerId: 'sp-blinken', themeIds: ['t-ally'] },
      { id: 'doc-nyt.2', text: NYT.stoltenberg, speakerId: 'sp-stoltenberg', themeIds: ['t-ally', 't-red'] },
      { id: 'doc-nyt.3', text: NYT.peskov, speakerId: 'sp-peskov', themeIds: ['t-esc'] },
      { id: 'doc-nyt.4', text: NYT.nye, speakerId: 'sp-nye', themeIds: ['t-nuc'] },
      { id: 'doc-nyt.5', text: NYT.jones1, speakerId: 'sp-jones', themeIds: ['t-esc'] },
      { id: 'doc-nyt.6', text: NYT.jones2, speakerId: 'sp-jones', themeIds: ['t-esc', 't-nuc'] },
      { id: 'doc-nyt.7', text: NYT.untagged }
    ],
    {
      publishedAt: '2024-05-30',
      authors: ['David E. Sanger'],
      source: {
        publisher: 'The New York Times',
        url: 'https://www.nytimes.com/2024/05/30/us/politics/biden-ukraine-weapons.html'
      }
    }
  )
  const memo = makeDocument(
    'memo_2',
    "Analyst memo: *draft* <script>alert('x')</script> 🚀",
    MEMO_TEXT,
    [
      {
        id: 'memo_2.1',
        text: '1. Escalation is *not* inevitable_ [sic] <script>alert(1)</script> | pipes \\ backslash.',
        speakerId: 'sp-anon',
        themeIds: ['t-esc', 't-hostile']
      },
      { id: 'memo_2.2', text: '- A dash line # with hash and `code` 👍.', themeIds: ['t-hostile'] },
      {
        id: 'memo_2.3',
        text: '> quoted line + plus = equals @at',
        speakerId: 'sp-anon',
        themeIds: ['t-ally']
      },
      {
        id: 'memo_2.4',
        text: '=SUM(A1:A2) looks like a formula, "quoted", and has commas',
        themeIds: ['t-red']
      }
    ],
    { publishedAt: '2024-06-01T08:00:00+02:00', authors: ['Desk'] }
  )
  const richNote = doc(
    p(
      t('Stoltenberg frames the limits as '),
      t('self-defeating', 'bold'),
      t(' — compare '),
      t('the Economist interview', 'italic', 'https://www.economist.com/')
    ),
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [p(t('Kharkiv front'))] },
        { type: 'listItem', content: [p(t('Artillery *safe haven*'))] }
      ]
    }
  )
  const memoNote = doc(
    { type: 'heading', attrs: { level: 1 }, content: [t('Why this matters')] },
    { type: 'blockquote', content: [p(t('Escalation ladder, '), t('rung 2', 'italic'))] },
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [{ type: 'listItem', content: [p(t('first'), { type: 'hardBreak' }, t('second line'))] }]
    },
    { type: 'mysteryWidget', content: [t('unknown node text <script>x</script>')] },
    p(t('bad link', 'javascript:alert(1)'))
  )
  const annotations = {
    nyt: [
      makeAnnotation(
        'a-1',
        nyt.document,
        'legitimate military targets',
        ['t-red'],
        richNote,
        NYT.stoltenberg
      ),
      makeAnnotation('a-2', nyt.document, 'vast arsenal of tactical nuclear weapons', [], null),
      makeAnnotation(
        'a-3',
        nyt.document,
        'a sort of safe haven',
        [],
        doc(p(t('Cross-border sanctuary: the core '), t('military', 'bold'), t(' argument.')))
      ),
      makeAnnotation('a-5', nyt.document, 'nuclear warning radar systems', ['t-nuc'], null)
    ],
    memo: [makeAnnotation('a-4', memo.document, 'Escalation is *not* inevitable_', ['t-esc'], memoNote)]
  }
  const links: Link[] = [
    {
      id: 'l-1',
      fromId: 'doc-nyt.2',
      toId: 'doc-nyt.1',
      relation: 'supports',
      note: 'Both push to *lift* limits',
      createdAt: '2024-06-01T12:00:00.000Z'
    },
    {
      id: 'l-2',
      fromId: 'doc-nyt.3',
      toId: 'doc-nyt.5',
      relation: 'contradicts',
      note: '',
      createdAt: '2024-06-01T12:01:00.000Z'
    },
    {
      id: 'l-3',
      fromId: 'memo_2.1',
      toId: 'doc-nyt.6',
      relation: 'elaborates',
      note: 'Memo expands on this <b>claim</b>',
      createdAt: '2024-06-01T12:02:00.000Z'
    },
    {
      id: 'l-4',
      fromId: 'doc-nyt.4',
      toId: 'doc-nyt.7',
      relation: 'responds-to',
      note: '',
      createdAt: '2024-06-01T12:03:00.000Z'
    }
  ]
  const noteContent = doc(
    { type: 'heading', attrs: { level: 2 }, content: [t('Escalation ladder')] },
    p(
      t('Nye: '),
      sref('doc-nyt.4', 'Putin is wielding the nuclear saber'),
      t(' versus '),
      sref('doc-nyt.7', "Biden doesn't have much time"),
      t(' — see '),
      tref('t-nuc', 'Nuclear signalling'),
      t('.')
    ),
    p(t('Open question', 'bold', 'italic'), t(': is the *threat* credible?'))
  )
  const notes: Note[] = [
    note(
      'n-1',
      'Working hypothesis: escalation *ladder*',
      noteContent,
      ['doc-nyt.4', 'doc-nyt.7'],
      ['t-nuc']
    ),
    note('n-2', '../../etc/passwd', doc(p(t('Hostile title '), t('and link', 'javascript:alert(1)'))), [], [])
  ]
  return WorkspaceSnapshot.parse({
    format: 'dossier-workspace',
    version: 1,
    exportedAt: '2024-06-02T12:00:00.000Z',
    meta: { id: 'ws-1', name: 'Long-range strikes: Biden & allies', createdAt: '2024-05-31T08:00:00.000Z' },
    themes: [
      {
        id: 't-ally',
        name: 'Allied pressure',
        color: '#1f77b4',
        parentId: null,
        description: 'Allies urging a change of policy.',
        order: 1
      },
      {
        id: 't-esc',
        name: 'Escalation risk',
        color: '#d62728',
        parentId: null,
        description: 'Fear that *strikes* lead to a wider war.',
        order: 0
      },
      { id: 't-red', name: 'Red lines', color: '#ff7f0e', parentId: 't-esc', description: '', order: 1 },
      {
        id: 't-nuc',
        name: 'Nuclear signalling',
        color: '#9467bd',
        parentId: 't-esc',
        description: 'Threats & exercises.',
        order: 0
      },
      {
        id: 't-hostile',
        name: HOSTILE_THEME,
        color: '#2ca02c',
        parentId: 't-ally',
        description: '<script>alert(1)</script>',
        order: 0
      },
      { id: 't-unused', name: 'Unused theme', color: '#7f7f7f', parentId: null, description: '', order: 2 }
    ],
    speakers: [
      {
        id: 'sp-blinken',
        name: 'Antony J. Blinken',
        aliases: ['Blinken', 'Mr. Blinken'],
        role: 'U.S. Secretary of State'
      },
      { id: 'sp-stoltenberg', name: 'Jens Stoltenberg', aliases: [], role: 'NATO Secretary General' },
      { id: 'sp-peskov', name: 'Dmitry Peskov', aliases: ['Mr. Peskov'], role: 'Kremlin spokesman' },
      {
        id: 'sp-nye',
        name: 'Joseph S. Nye',
        aliases: ['Mr. Nye'],
        role: 'Former head of the National Intelligence Council'
      },
      { id: 'sp-jones', name: 'Seth G. Jones', aliases: ['Mr Jones'], role: 'CSIS' },
      {
        id: 'sp-anon',
        name: 'Anon <img src=x onerror=alert(1)> | CON',
        aliases: [],
        role: "=cmd|' /C calc'!A0"
      }
    ],
    documents: [
      { ...nyt, annotations: annotations.nyt },
      { ...memo, annotations: annotations.memo }
    ],
    links,
    notes
  })
}

function note(
  id: string,
  title: string,
  content: RichNode,
  statementIds: string[],
  themeIds: string[]
): Note {
  return {
    id,
    title,
    content,
    plain: richText(content),
    statementIds,
    themeIds,
    createdAt: '2024-06-01T13:00:00.000Z',
    updatedAt: '2024-06-02T08:00:00.000Z'
  }
}
