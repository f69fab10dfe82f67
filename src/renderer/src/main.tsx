import './zod-jitless'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { appStore } from './app/app-state'
import { followWindowWidth } from './app/inspector-drawer'
import { persistInspectorPreference } from './app/inspector-preference'
import { PaneBoundary } from './app/pane-boundary'
import { notify } from './app/toast'
import './app/tokens.css'
import './app/base.css'

// Errors outside React's render (event handlers, promises) become a toast, never a blank window.
window.addEventListener('error', (e) => {
  if (e.error) notify(`Something went wrong: ${e.message}`, 'error')
})
window.addEventListener('unhandledrejection', (e) => {
  const reason: unknown = e.reason
  notify(`Something went wrong: ${reason instanceof Error ? reason.message : String(reason)}`, 'error')
})

try {
  persistInspectorPreference(appStore, window.localStorage)
} catch {
  // No storage here: the inspector starts with its default.
}

followWindowWidth(appStore, (q) => window.matchMedia(q))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <PaneBoundary name="Window">
      <App />
    </PaneBoundary>
  </StrictMode>
)
