import type { MDXComponents } from 'mdx/types'
import { ApyCalculator } from '@/components/mdx/apy-calculator'
import { ArticleStakingFlow } from '@/components/islands/article-staking-flow'
import { ArticleImage } from '@/components/mdx/article-image'
import { Callout } from '@/components/mdx/callout'
import { Example } from '@/components/mdx/example'
import { Chart } from '@/components/figures/chart'
import { Diagram } from '@/components/figures/diagram'
import { Figure } from '@/components/mdx/figure'
import { MdxLink } from '@/components/mdx/link'
import { ListItem } from '@/components/mdx/list-item'
import { Pre } from '@/components/mdx/pre'
import { Choice, Question, Quiz } from '@/components/mdx/quiz'
import { Stat } from '@/components/mdx/stat'
import { StaticPart } from '@/components/static/static-part'
import { Table } from '@/components/mdx/table'
import { Term } from '@/components/mdx/term'
import type { ArticleComponentName } from '@/lib/content/component-rules'

/**
 * The closed set of components articles can use. The keys must match COMPONENT_RULES in
 * lib/content/component-rules.ts (the content check validates their attributes), which the type below
 * enforces: adding a component means adding its rule, its entry here and its documentation in CONTRIBUTING.md.
 */
const articleComponents = {
  Callout,
  Example,
  Figure,
  Stat,
  Term,
  Quiz,
  Question,
  Choice,
  ApyCalculator,
  StakingFlow: ArticleStakingFlow,
  Chart,
  Diagram,
} satisfies Record<ArticleComponentName, unknown>

const components = {
  ...articleComponents,
  /** Inserted by lib/mdx/remark-article-images.mjs for images beside the article. */
  ArticleImage,
  /** Inserted by lib/mdx/rehype-static-segments.mjs around runs of blocks without an interactive component. */
  StaticSegment: StaticPart,
  a: MdxLink,
  li: ListItem,
  pre: Pre,
  table: Table,
} satisfies MDXComponents

export function useMDXComponents(): MDXComponents {
  return components
}
