export { api, onChange, onMenuCommand, type MenuCommand } from './api'
export { useQuery, type QueryResult } from './use-query'
export { run } from './run-mutation'
