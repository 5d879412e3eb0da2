import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { availableToStake, checkAmount, reserveFor, suggestedAmount } from '@/lib/walkthrough/amount'
import { formatExactTokens } from '@/lib/format'
import { stakeSetup } from '@/lib/walkthrough/ledger'
import { isSigned } from '@/lib/walkthrough/machine'
import { SIMULATED_BALANCE } from '@/lib/walkthrough/scenario'
import type { AmountProblem } from '@/lib/walkthrough/types'
import { NETWORK_PRESETS } from '@/lib/calculator'
import { STEP_ANCHOR, StateFields } from '../action'
import { ExpectedYear } from '../expected-year'
import type { StepProps } from '../types'
import { buttonPrimary } from '../ui'

/** The reader-facing message for an amount problem. */
export function amountError(problem: AmountProblem, symbol: string): string {
  const e = getWalkthroughStrings().amount.errors
  switch (problem.code) {
    case 'amount-decimals':
      return e['amount-decimals'](problem.decimals)
    case 'amount-below-minimum':
      return e['amount-below-minimum'](formatExactTokens(problem.minimum, symbol))
    case 'amount-solo-exact':
      return e['amount-solo-exact'](formatExactTokens(problem.exact, symbol))
    case 'amount-above-balance':
      return e['amount-above-balance'](formatExactTokens(problem.available, symbol))
    default:
      return e[problem.code]
  }
}

/** Step 3: how much to stake, checked against the minimum and the simulated balance, with a year's projection. */
export function AmountStep({ state, idPrefix }: StepProps) {
  const t = getWalkthroughStrings().amount
  const { network, method } = state
  if (method === null) return null
  const symbol = NETWORK_PRESETS[network].symbol
  const check = state.amount === '' ? null : checkAmount(state.amount, network, method)
  const error = check !== null && !check.ok ? amountError(check.problem, symbol) : null
  const shown = check?.ok ? state.amount : suggestedAmount(network, method)
  const setup = stakeSetup({ ...state, amount: shown })
  const inputId = `${idPrefix}-amount`
  const reserve = reserveFor(network, method)
  const locked = isSigned(state)
  return (
    <div className="space-y-5">
      <p className="text-muted">{t.intro}</p>
      <form method="get" action={`/walkthrough#${STEP_ANCHOR}`} data-wt-nav="push" className="space-y-3">
        <StateFields state={{ ...state, step: 'review', reached: 'review' }} omit={['amount']} />
        <div className="space-y-1">
          <label htmlFor={inputId} className="block font-semibold text-text">
            {t.label(symbol)}
          </label>
          <p id={`${inputId}-hint`} className="text-sm text-muted">
            {t.balance(formatExactTokens(SIMULATED_BALANCE[network], symbol))}.{' '}
            {t.available(formatExactTokens(availableToStake(network, method), symbol))}
          </p>
          <input
            key={state.amount}
            id={inputId}
            name="amount"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            defaultValue={state.amount === '' ? suggestedAmount(network, method) : state.amount}
            readOnly={locked}
            aria-invalid={error !== null}
            aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
            className="w-full max-w-xs rounded-md border border-line-strong bg-surface px-3 py-2 text-text tabular-nums aria-[invalid=true]:border-risk"
          />
          {error ? (
            <p id={`${inputId}-error`} className="text-sm font-semibold text-risk">
              {error}
            </p>
          ) : null}
          {reserve > 0 ? (
            <p className="text-sm text-muted">{t.reserve(formatExactTokens(reserve, symbol))}</p>
          ) : null}
        </div>
        {locked ? null : (
          <button type="submit" className={buttonPrimary}>
            {t.submit}
          </button>
        )}
      </form>
      {setup ? <ExpectedYear setup={setup} title={t.expectedHeading} /> : null}
    </div>
  )
}
