import type { KeyboardEvent } from 'react'
import { appStore, useAppState, type AnalysisTab } from '../../app/app-state'
import { ANALYSIS_TABS } from './analysis-tabs'
import { AnalysisTabPanel } from './analysis-tab-panel'
import { AnalysisFilterBar } from './filter-bar/analysis-filter-bar'
import './analysis.css'

const tabId = (tab: AnalysisTab) => `analysis-tab-${tab}`

/** Looking across the corpus: matrices, relations, graph, timeline and speakers, all under the current filter. */
export function AnalysisView() {
  const tab = useAppState((s) => s.analysisTab)
  const select = (next: AnalysisTab) => appStore.setState({ analysisTab: next })
  const onKey = (e: KeyboardEvent) => {
    const i = ANALYSIS_TABS.findIndex((t) => t.tab === tab)
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    e.preventDefault()
    const next = ANALYSIS_TABS[(i + step + ANALYSIS_TABS.length) % ANALYSIS_TABS.length]!.tab
    select(next)
    document.getElementById(tabId(next))?.focus()
  }
  const current = ANALYSIS_TABS.find((t) => t.tab === tab)!
  return (
    <section className="analysis-view" aria-labelledby="analysis-title">
      <header className="analysis-view__header">
        <h1 id="analysis-title" className="analysis-view__title">
          Analysis
        </h1>
        <div role="tablist" aria-label="Analysis views" className="analysis-view__tabs" onKeyDown={onKey}>
          {ANALYSIS_TABS.map((t) => (
            <button
              key={t.tab}
              id={tabId(t.tab)}
              type="button"
              role="tab"
              aria-selected={t.tab === tab}
              aria-controls="analysis-panel"
              tabIndex={t.tab === tab ? 0 : -1}
              title={t.question}
              className={`analysis-view__tab${t.tab === tab ? ' analysis-view__tab--active' : ''}`}
              onClick={() => select(t.tab)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </header>
      {tab !== 'agreement' && <AnalysisFilterBar />}
      <div id="analysis-panel" role="tabpanel" aria-labelledby={tabId(tab)} className="analysis-view__panel">
        <p className="analysis-view__question">{current.question}</p>
        <AnalysisTabPanel tab={tab} />
      </div>
    </section>
  )
}
