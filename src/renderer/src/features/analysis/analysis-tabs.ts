import type { AnalysisTab } from '../../app/app-state'

/** The analysis views, in tab order, with what each answers. */
export const ANALYSIS_TABS: { tab: AnalysisTab; label: string; question: string }[] = [
  {
    tab: 'matrix',
    label: 'Matrix',
    question: 'How often each theme comes up, by document, speaker or theme'
  },
  {
    tab: 'relations',
    label: 'Relations',
    question: 'Every cross-reference: who supports or contradicts whom'
  },
  { tab: 'graph', label: 'Graph', question: 'Statements and their typed links, by speaker or document' },
  { tab: 'timeline', label: 'Timeline', question: 'Statements in time, by speaker or theme' },
  {
    tab: 'speakers',
    label: 'Speakers',
    question: 'Speakers side by side: their themes and the links between them'
  },
  {
    tab: 'agreement',
    label: 'Agreement',
    question: 'How far coders agree on each theme, and the statements they code differently'
  }
]
