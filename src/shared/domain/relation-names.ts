/** The kinds of link between two statements. No zod here: the command line loads this on every start. */
export const RELATIONS = ['supports', 'contradicts', 'elaborates', 'responds-to', 'same-claim'] as const
