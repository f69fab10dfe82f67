import { z } from 'zod'

// zod probes for eval support with `new Function`, which the CSP (script-src 'self') refuses and reports as a
// violation; jitless mode skips the probe. Imported first by main.tsx, before any schema is used.
z.config({ jitless: true })
