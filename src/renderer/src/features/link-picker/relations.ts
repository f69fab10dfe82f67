import { RELATIONS, type Relation } from '../../../../shared/domain'

export interface RelationInfo {
  relation: Relation
  /** As a choice: "Supports". */
  name: string
  /** What choosing it means, shown in the link picker. */
  description: string
  /** Read from the source statement: "supports →". */
  outLabel: string
  /** Read from the target statement: "← supported by". */
  inLabel: string
}

const INFO: Record<Relation, Omit<RelationInfo, 'relation'>> = {
  supports: {
    name: 'Supports',
    description: 'Gives evidence or backing for the other statement.',
    outLabel: 'supports →',
    inLabel: '← supported by'
  },
  contradicts: {
    name: 'Contradicts',
    description: 'Disputes or is inconsistent with the other statement.',
    outLabel: 'contradicts →',
    inLabel: '← contradicted by'
  },
  elaborates: {
    name: 'Elaborates',
    description: 'Adds detail, context or qualification to the other statement.',
    outLabel: 'elaborates →',
    inLabel: '← elaborated by'
  },
  'responds-to': {
    name: 'Responds to',
    description: 'Is a reply or reaction to the other statement.',
    outLabel: 'responds to →',
    inLabel: '← responded to by'
  },
  'same-claim': {
    name: 'Same claim',
    description: 'Makes the same claim, e.g. the same quote reported by another source.',
    outLabel: 'same claim as →',
    inLabel: '← same claim as'
  }
}

export const RELATION_INFO: readonly RelationInfo[] = RELATIONS.map((relation) => ({
  relation,
  ...INFO[relation]
}))

/** The label for a link seen from one of its ends: outgoing from the source, incoming at the target. */
export function relationLabel(relation: Relation, direction: 'out' | 'in'): string {
  return direction === 'out' ? INFO[relation].outLabel : INFO[relation].inLabel
}
