export { StatementRef, type StatementRefOptions } from './statement-ref'
export type { StatementCard, DescribeStatement } from './statement-hover-card'
