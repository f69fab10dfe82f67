import type { ReactNode } from 'react'
import './empty-state.css'

interface EmptyStateProps {
  title: string
  children?: ReactNode
  action?: ReactNode
  compact?: boolean
}

/** What an empty pane says: what this place is for and what to do next. */
export function EmptyState({ title, children, action, compact }: EmptyStateProps) {
  return (
    <div className={`empty-state${compact ? ' empty-state--compact' : ''}`}>
      <p className="empty-state__title">{title}</p>
      {children && <div className="empty-state__body">{children}</div>}
      {action && <div className="empty-state__action">{action}</div>}
    </div>
  )
}
