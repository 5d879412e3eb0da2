import { cva } from 'class-variance-authority'
import { projectionAssumptionText } from '@/lib/i18n/en-calculator-assumptions'
import type { ReactNode } from 'react'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import { formatFiat, formatRate, formatTokens } from '@/lib/format'
import { summarySentence } from '@/lib/scenario/summary'
import { Heading } from '@/components/ui/heading'
import { WithNetworkParts } from './network-parts-loader'
import type { CalculatorApi } from './types'
import { useSettled } from './use-settled'

const r = enCalculatorIsland.results

export type ResultsPanelProps = {
  calc: CalculatorApi
  headingLevel: 2 | 3 | 4
  disclaimer: ReactNode
  /** Fold the assumptions away (compact calculators), one click from the result. */
  compact?: boolean
}

/**
 * The results, updated on every keystroke: balances in tokens and fiat, net APR, effective APY, real yield,
 * the one-sentence summary in a polite live region (announced once typing pauses), the disclaimer and every
 * assumption behind the numbers.
 */
export function ResultsPanel({ calc, headingLevel, disclaimer, compact = false }: ResultsPanelProps) {
  const { projection: p, state } = calc
  const s = state.scenario
  const summary = useSettled(summarySentence(s, p), 400)
  const fiat = p.fiat
  const headingId = `${calc.idPrefix}-results`
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <Heading level={headingLevel} id={headingId}>
        {r.heading}
      </Heading>
      <dl className="grid grid-cols-2 gap-3">
        <Stat label={r.finalBalance} value={formatTokens(p.finalBalance, s.symbol)} wide>
          {fiat ? `${r.worth(formatFiat(fiat.finalValue, s.currency))} ${r.atFinalPrice}` : null}
        </Stat>
        <Stat label={r.rewards} value={formatTokens(p.rewards, s.symbol)} wide>
          {fiat ? `${r.worth(formatFiat(fiat.rewardsValue, s.currency))} ${r.atFinalPrice}` : null}
        </Stat>
        <Stat label={r.netApr} value={formatRate(p.netApr)} />
        <Stat label={r.effectiveApy} value={formatRate(p.effectiveApy)} />
        {p.real ? (
          <Stat label={r.realYield} value={formatRate(p.real.apy)} wide>
            {`${formatTokens(p.real.finalBalance, s.symbol)} ${r.realBalance}`}
          </Stat>
        ) : null}
        {fiat ? <Stat label={r.gain} value={formatFiat(fiat.gain, s.currency)} wide /> : null}
      </dl>
      {p.real || compact ? null : <p className="text-sm text-muted">{r.noInflation}</p>}
      {s.network === undefined ? null : (
        <WithNetworkParts render={(parts) => <parts.NetworkModelSummary scenario={s} projection={p} />} />
      )}
      <p
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="rounded-lg bg-accent-soft px-4 py-3 text-text"
      >
        {summary}
      </p>
      {disclaimer}
      <details open={!compact} className="group">
        <summary className="cursor-pointer text-sm font-semibold text-text">{r.assumptions}</summary>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-muted">
          {p.assumptions.map((a) => (
            <li key={a.id}>{projectionAssumptionText(a)}</li>
          ))}
        </ul>
      </details>
    </section>
  )
}

/** One headline figure; a wide one spans both columns on phones. */
const figureCard = cva('rounded-lg border border-line bg-surface p-3', {
  variants: { wide: { true: 'col-span-2 sm:col-span-1' } },
})

function Stat({
  label,
  value,
  wide,
  children,
}: {
  label: string
  value: string
  wide?: boolean
  children?: ReactNode
}) {
  return (
    <div className={figureCard({ wide })}>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-0.5 text-xl font-bold break-words text-text tabular-nums">{value}</dd>
      {children ? <dd className="text-sm text-muted">{children}</dd> : null}
    </div>
  )
}
