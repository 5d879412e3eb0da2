import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { transactionFee } from '@/lib/walkthrough/amount'
import { formatPercent, formatTokenAmount } from '@/lib/format'
import { expectedYear, expectedYearFees, type StakeSetup } from '@/lib/walkthrough/ledger'
import { ResultDisclaimer } from './result-disclaimer'
import { Definitions } from './ui'

type ExpectedYearProps = { setup: StakeSetup; title: string }

/** The engine's one-year projection and the fees, shown before the reader commits. */
export function ExpectedYear({ setup, title }: ExpectedYearProps) {
  const t = getWalkthroughStrings().amount
  const year = expectedYear(setup)
  const feeOnRewards = expectedYearFees(setup)
  const fee = transactionFee(setup.network, setup.method)
  return (
    <section aria-label={title} className="space-y-3 rounded-lg border border-line bg-surface p-4">
      <p className="font-semibold text-text">{title}</p>
      <Definitions
        rows={[
          {
            term: t.rewardsYear,
            value: `${formatTokenAmount(year.rewards, setup.symbol)} (${formatPercent(year.effectiveApy)} APY)`,
          },
          { term: t.netApr, value: formatPercent(year.netApr) },
          {
            term: t.feeYear,
            value: `${formatTokenAmount(feeOnRewards, setup.symbol)} (${formatPercent(setup.fee, 1)})`,
          },
          {
            term: fee > 0 ? t.txFee : t.noTxFee,
            value: fee > 0 ? formatTokenAmount(fee, setup.symbol) : '–',
          },
        ]}
      />
      <ResultDisclaimer />
    </section>
  )
}
