import type { AnalysisTab } from '../../app/app-state'
import { AgreementPanel } from './agreement/agreement-panel'
import { GraphPanel } from './graph/graph-panel'
import { MatrixPanel } from './matrix/matrix-panel'
import { RelationsPanel } from './relations/relations-panel'
import { SpeakersPanel } from './speakers/speakers-panel'
import { TimelinePanel } from './timeline/timeline-panel'

/** The panel of one analysis tab. */
export function AnalysisTabPanel({ tab }: { tab: AnalysisTab }) {
  switch (tab) {
    case 'matrix':
      return <MatrixPanel />
    case 'relations':
      return <RelationsPanel />
    case 'graph':
      return <GraphPanel />
    case 'timeline':
      return <TimelinePanel />
    case 'speakers':
      return <SpeakersPanel />
    case 'agreement':
      return <AgreementPanel />
  }
}
