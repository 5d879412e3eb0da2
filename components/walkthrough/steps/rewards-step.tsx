import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { formatCount } from '@/lib/format'
import { computeLedger } from '@/lib/walkthrough/ledger'
import { isSlashedOut, transition } from '@/lib/walkthrough/machine'
import { restakeRule } from '@/lib/walkthrough/restake'
import { ADVANCE_DAYS } from '@/lib/walkthrough/types'
import { ActionControl } from '../action'
import { LedgerTable } from '../ledger-table'
import { ResultDisclaimer } from '../result-disclaimer'
import type { StepProps } from '../types'
import { Heading } from '../ui'

/** Step 6: a clock to move forward (day, week, month, year) and the restake setting, with the running ledger. */
export function RewardsStep({ state, subLevel }: StepProps) {
  const t = getWalkthroughStrings().rewards
  const ledger = computeLedger(state)
  if (ledger === null || state.method === null) return null
  const rule = restakeRule(state.network, state.method, state.credentials)
  const canAdvance = ADVANCE_DAYS.some((days) => transition(state, { type: 'ADVANCE', days }).ok)
  const toggle = transition(state, { type: 'SET_RESTAKE', restake: !state.restake })
  return (
    <div className="space-y-5">
      <p className="text-muted">{t.intro}</p>
      <p className="text-2xl font-bold text-text tabular-nums" aria-live="polite">
        {t.day(formatCount(state.days))}
      </p>
      <div className="space-y-2">
        <Heading level={subLevel} className="font-semibold text-text">
          {t.advanceLabel}
        </Heading>
        {canAdvance ? (
          <ul className="flex flex-wrap gap-2">
            {ADVANCE_DAYS.map((days) => (
              <li key={days}>
                <ActionControl
                  state={state}
                  event={{ type: 'ADVANCE', days }}
                  nav="replace"
                  aria-label={t.advanceAria(t.advance[days])}
                >
                  {t.advance[days]}
                </ActionControl>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-text">
            {isSlashedOut(state) ? t.stopped : state.exit !== null ? t.unstakingNote : t.maxed}
          </p>
        )}
      </div>
      <LedgerTable ledger={ledger} />
      <div className="space-y-2">
        <Heading level={subLevel} className="font-semibold text-text">
          {t.restakeHeading}
        </Heading>
        <p className="text-text">
          <strong>{state.restake ? t.restakeOn : t.restakeOff}.</strong> {t.restakeReasons[rule.reason]}
        </p>
        {rule.choosable ? (
          toggle.ok ? (
            <ActionControl
              state={state}
              event={{ type: 'SET_RESTAKE', restake: !state.restake }}
              nav="replace"
            >
              {state.restake ? t.turnOff : t.turnOn}
            </ActionControl>
          ) : (
            <p className="text-sm text-muted">{t.restakeLocked}</p>
          )
        ) : null}
      </div>
      <p className="text-sm text-muted">{t.assumption}</p>
      <ResultDisclaimer />
    </div>
  )
}
