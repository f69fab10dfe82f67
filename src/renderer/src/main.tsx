// Placeholder entry written by the shell engineer; the UI engineers replace it with the real app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { useQuery } from './api/use-query'

function Placeholder() {
  const documents = useQuery('documents.list', {})
  return (
    <main>
      <h1>Dossier</h1>
      {documents.error && <p role="alert">{documents.error.message}</p>}
      <ul aria-label="Documents">
        {documents.data?.map((d) => <li key={d.id}>{d.title}</li>)}
      </ul>
    </main>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Placeholder />
  </StrictMode>
)
