/** What a matrix's rows and columns can be. No zod here: the command line loads this on every start. */
export const MATRIX_AXES = ['themes', 'speakers', 'documents', 'relation'] as const
