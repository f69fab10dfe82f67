import { useRef } from 'react'
import { select } from '../../app/app-state'
import { useFocusRequest } from './use-focus-request'

/** The inspector's title; Enter in the reader moves focus here so Tab continues into the fields. */
export function InspectorHeading({ id, kind }: { id: string; kind: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useFocusRequest('panel', id, () => ref.current?.focus())
  return (
    <div className="inspector__head">
      <h2 ref={ref} tabIndex={-1} className="inspector__title">
        {kind}
      </h2>
      <button
        type="button"
        className="icon-button"
        aria-label="Close the inspector selection"
        title="Clear selection (Esc)"
        onClick={() => select(null)}
      >
        ×
      </button>
    </div>
  )
}
