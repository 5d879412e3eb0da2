import { DisclaimerNotice } from '@/components/article/disclaimer-notice'
import { scenarioProblem } from '@/lib/scenario/check'
import { ApyCalculatorLoader } from '@/components/islands/article-islands.client'
import { scenarioFromAttributes } from '@/lib/scenario/mdx'
import type { ApyCalculatorAttributes } from '@/lib/scenario/mdx'

export type ApyCalculatorProps = ApyCalculatorAttributes

/**
 * `<ApyCalculator>`: the staking calculator inside an article, on the same engine and form as `/calculator`,
 * with a link that opens the scenario there. Several on one page work independently. Attributes use the
 * engine's units (`apr={0.04}` is 4 %) and are checked by `npm run check:content`.
 *
 * @example
 * <ApyCalculator preset="eth-solo" />
 * <ApyCalculator apr={0.04} compounding="daily" compact />
 * <ApyCalculator preset="cosmos-delegate" amount={250} days={730} />
 */
export function ApyCalculator({ compact = false, ...attributes }: ApyCalculatorProps) {
  const scenario = scenarioFromAttributes(attributes)
  const problem = scenarioProblem(scenario)
  if (problem !== null) throw new Error(`<ApyCalculator> ${problem.param}: ${problem.message}`)
  return (
    <ApyCalculatorLoader
      initial={{ scenario, issues: [] }}
      variant="article"
      compact={compact}
      headingLevel={3}
      disclaimer={<DisclaimerNotice />}
    />
  )
}
