/**
 * The learning path is made of sections, read in this order. Articles pick one with `section:` in their
 * frontmatter and are ordered inside it by `order:`.
 */
export const SECTIONS = [
  {
    id: 'basics',
    title: 'Basics',
    description: 'DeFi, proof of stake and the moving parts of staking, from first principles.',
  },
  {
    id: 'staking',
    title: 'Kinds of staking',
    description: 'Validators and the different ways to stake, and what lies beyond protocol staking.',
  },
  {
    id: 'rewards',
    title: 'Rewards',
    description: 'Where rewards come from and how APR, APY, fees and inflation turn into real returns.',
  },
  {
    id: 'risks',
    title: 'Risks and security',
    description: 'What can go wrong, how to keep your keys safe, and how rewards are usually taxed.',
  },
  {
    id: 'platforms',
    title: 'Choosing and staking',
    description: 'How to compare staking platforms on neutral criteria, then make a first stake carefully.',
  },
  {
    id: 'builders',
    title: 'For builders',
    description: 'How a staking platform is designed, built, audited and operated.',
  },
] as const

export type SectionId = (typeof SECTIONS)[number]['id']
export type Section = (typeof SECTIONS)[number]

export const SECTION_IDS = SECTIONS.map((s) => s.id) as [SectionId, ...SectionId[]]

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const
export type Difficulty = (typeof DIFFICULTIES)[number]

export function sectionById(id: SectionId): Section {
  const section = SECTIONS.find((s) => s.id === id)
  if (!section) throw new Error(`Unknown section ${id}`)
  return section
}
