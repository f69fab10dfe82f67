import { Component, type ErrorInfo, type ReactNode } from 'react'

interface PaneBoundaryProps {
  /** Names the pane in the fallback, e.g. "Library". */
  name: string
  children: ReactNode
  /** When this changes (e.g. another document is opened) a failed pane tries again by itself. */
  resetKey?: unknown
}

interface PaneBoundaryState {
  error: Error | null
  attempt: number
}

/** Keeps a crash in one pane from blanking the window: shows what failed and a Retry that remounts the pane. */
export class PaneBoundary extends Component<PaneBoundaryProps, PaneBoundaryState> {
  override state: PaneBoundaryState = { error: null, attempt: 0 }

  static getDerivedStateFromError(error: Error): Partial<PaneBoundaryState> {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[${this.props.name}]`, error, info.componentStack)
  }

  override componentDidUpdate(prev: PaneBoundaryProps): void {
    if (this.state.error && !Object.is(prev.resetKey, this.props.resetKey)) this.retry()
  }

  retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))

  override render() {
    const { error, attempt } = this.state
    if (error) {
      return (
        <div className="pane-error" role="alert">
          <p className="pane-error__title">The {this.props.name.toLowerCase()} could not be shown.</p>
          <p className="pane-error__message">{error.message || String(error)}</p>
          <button type="button" className="button" onClick={this.retry}>
            Retry
          </button>
        </div>
      )
    }
    return <PaneKey key={attempt}>{this.props.children}</PaneKey>
  }
}

function PaneKey({ children }: { children: ReactNode }) {
  return <>{children}</>
}
