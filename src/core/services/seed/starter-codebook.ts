import type { Theme } from '../../../shared/domain'
import { newId } from '../../model/new-id'

interface Seed {
  name: string
  color: string
  description: string
  children?: Seed[]
}

/** A starter codebook for the seed article: colours chosen so related themes read as related. */
const CODEBOOK: Seed[] = [
  {
    name: 'Escalation risk',
    color: '#d62728',
    description:
      'Claims that an action could widen the war or bring a direct NATO–Russia confrontation, or that it would not.',
    children: [
      {
        name: 'Nuclear signalling',
        color: '#9467bd',
        description: 'Nuclear threats, exercises, alerts and deterrence messages, and how they are read.'
      }
    ]
  },
  {
    name: 'Battlefield situation',
    color: '#ff7f0e',
    description: 'The military situation: territory, front lines, targets, capabilities and momentum.'
  },
  {
    name: 'Restrictions on weapons use',
    color: '#1f77b4',
    description:
      'Limits on where and how Ukraine may use supplied weapons, and calls to keep, loosen or lift them.'
  },
  {
    name: 'Alliance unity',
    color: '#2ca02c',
    description: 'Positions of allies and partners, and agreement or divergence among them.'
  },
  {
    name: 'Decision-making in Washington',
    color: '#8c564b',
    description:
      'How the U.S. decision is being made: the president, advisers, process, timing and messaging.'
  }
]

export function starterCodebook(): Theme[] {
  const out: Theme[] = []
  const walk = (seeds: Seed[], parentId: string | null) =>
    seeds.forEach((s, order) => {
      const id = newId('th')
      out.push({ id, name: s.name, color: s.color, parentId, description: s.description, order })
      walk(s.children ?? [], id)
    })
  walk(CODEBOOK, null)
  return out
}
