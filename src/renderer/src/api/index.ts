export { api, onChange, onMenuCommand, onProgress, type MenuCommand } from './api'
export { useQuery, type QueryResult } from './use-query'
export { run } from './run-mutation'
