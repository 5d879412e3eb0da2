import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { formatDays, formatTokenAmount } from '@/lib/format'
import type { Ledger } from '@/lib/walkthrough/ledger'
import { Definitions } from './ui'

type LedgerTableProps = { ledger: Ledger }

/** The stake so far: staked, rewards, the provider's fee, losses, network fees and the balance. */
export function LedgerTable({ ledger }: LedgerTableProps) {
  const t = getWalkthroughStrings().rewards.table
  const s = ledger.setup.symbol
  return (
    <div aria-live="polite" className="rounded-lg border border-line bg-surface p-4">
      <p className="mb-2 font-semibold text-text">{t.caption}</p>
      <Definitions
        rows={[
          { term: t.staked, value: formatTokenAmount(ledger.setup.amount, s) },
          { term: t.earningDays, value: formatDays(ledger.earningDays) },
          { term: t.rewards, value: formatTokenAmount(ledger.rewards, s) },
          { term: t.fee, value: formatTokenAmount(ledger.rewardFees, s) },
          { term: t.losses, value: formatTokenAmount(ledger.losses, s) },
          { term: t.txFees, value: formatTokenAmount(ledger.transactionFees, s) },
          { term: t.balance, value: <strong>{formatTokenAmount(ledger.balance, s)}</strong> },
        ]}
      />
    </div>
  )
}
