import { cosmosJailAfterHours } from '@/lib/calculator'
import { walkthroughSlashedExitDays } from '@/lib/walkthrough/ledger'
import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import {
  formatApproxDuration,
  formatCount,
  formatDuration,
  formatPercent,
  formatTokenAmount,
} from '@/lib/format'
import { incidentOptions } from '@/lib/walkthrough/incidents'
import { computeLedger, discountIfSold, type Ledger } from '@/lib/walkthrough/ledger'
import { LIQUID_DISCOUNT, PAUSE_DAYS } from '@/lib/walkthrough/scenario'
import type { IncidentId, WalkthroughState } from '@/lib/walkthrough/types'
import { ActionControl } from '../action'
import { LedgerTable } from '../ledger-table'
import { ResultDisclaimer } from '../result-disclaimer'
import type { HeadingLevel, StepProps } from '../types'
import { Heading, Panel } from '../ui'

type OutcomeProps = { incident: IncidentId; state: WalkthroughState; ledger: Ledger; level: HeadingLevel }

/** What happened, what it cost and how it could have been smaller, for one triggered incident. */
function Outcome({ incident, state, ledger, level }: OutcomeProps) {
  const t = getWalkthroughStrings().incidents
  const s = ledger.setup.symbol
  const method = ledger.setup.method
  let happened = ''
  const lost: string[] = []
  let reduce = ''
  if (incident === 'downtime' && ledger.downtime) {
    const d = ledger.downtime
    happened =
      ledger.setup.network === 'cosmos'
        ? t.downtime.happened.cosmos(formatDuration(cosmosJailAfterHours() / 24))
        : t.downtime.happened[ledger.setup.network === 'ethereum' ? 'ethereum' : 'solana']
    lost.push(t.downtime.missed(formatTokenAmount(d.missedRewards, s)))
    lost.push(
      d.penaltyTotal > 0 ? t.downtime.penalty(formatTokenAmount(d.penaltyTotal, s)) : t.downtime.noPenalty,
    )
    reduce = method === 'solo' ? t.downtime.reduce.solo : t.downtime.reduce.delegated
  } else if (incident === 'slashing' && ledger.slashing) {
    const key =
      method === 'solo' || method === 'delegated' || method === 'pooled' || method === 'liquid'
        ? method
        : 'delegated'
    happened = t.slashing.happened[key]
    const share = ledger.slashing.total / Math.max(ledger.setup.amount, 1e-18)
    lost.push(t.slashing.lost(formatTokenAmount(ledger.slashing.total, s), formatPercent(share, 3)))
    for (const part of ledger.slashing.parts) lost.push(`${part.label}: ${formatTokenAmount(part.amount, s)}`)
    if (ledger.setup.network === 'ethereum') {
      if (method === 'solo')
        lost.push(t.slashing.forcedExit(formatApproxDuration(walkthroughSlashedExitDays())))
      lost.push(t.slashing.correlation)
    }
    reduce = t.slashing.reduce[key]
  } else if (incident === 'discount') {
    happened = t.discount.happened(formatPercent(LIQUID_DISCOUNT.value, 0))
    lost.push(t.discount.lostIfSold(formatTokenAmount(discountIfSold(ledger), s)), t.discount.lostNone)
    reduce = t.discount.reduce
  } else if (incident === 'pause') {
    happened = t.pause.happened(`${formatCount(PAUSE_DAYS.value)} days`)
    lost.push(t.pause.lost)
    reduce = t.pause.reduce
  }
  const day = state.incidents[incident] ?? 0
  return (
    <div className="mt-3 space-y-3 text-sm">
      <p className="text-muted">{t.onDay(formatCount(day))}</p>
      <div>
        <Heading level={level} className="font-semibold text-text">
          {t.happenedHeading}
        </Heading>
        <p className="text-text">{happened}</p>
      </div>
      <div>
        <Heading level={level} className="font-semibold text-text">
          {t.lostHeading}
        </Heading>
        <ul className="list-disc space-y-1 pl-5 text-text">
          {lost.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <div>
        <Heading level={level} className="font-semibold text-text">
          {t.reduceHeading}
        </Heading>
        <p className="text-text">{reduce}</p>
      </div>
    </div>
  )
}

/** Step 7: the incidents the reader can trigger on this path, what each cost, and those that cannot happen. */
export function IncidentsStep({ state, subLevel }: StepProps) {
  const t = getWalkthroughStrings().incidents
  const ledger = computeLedger(state)
  if (ledger === null) return null
  const sub = Math.min(6, subLevel + 1) as HeadingLevel
  return (
    <div className="space-y-5">
      <p className="text-muted">{t.intro}</p>
      <ul className="space-y-4">
        {incidentOptions(state).map(({ incident, blockedBy }) => {
          const happened = state.incidents[incident] !== undefined
          return (
            <li key={incident}>
              <Panel tone={happened ? 'risk' : 'plain'}>
                <Heading level={subLevel} className="font-semibold text-text">
                  {t.titles[incident]}
                </Heading>
                {happened ? (
                  <Outcome incident={incident} state={state} ledger={ledger} level={sub} />
                ) : blockedBy === null ? (
                  <div className="mt-3">
                    <ActionControl state={state} event={{ type: 'TRIGGER', incident }}>
                      {t.trigger[incident]}
                    </ActionControl>
                  </div>
                ) : (
                  <p className="mt-1 text-sm text-muted">{t.blocked[blockedBy]}</p>
                )}
              </Panel>
            </li>
          )
        })}
      </ul>
      <LedgerTable ledger={ledger} />
      <ResultDisclaimer />
    </div>
  )
}
