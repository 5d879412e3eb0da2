import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { availableToStake, checkAmount, reserveFor, suggestedAmount } from '@/lib/walkthrough/amount'
import { formatExactTokens, formatQuantity } from '@/lib/format'
import { stakeSetup } from '@/lib/walkthrough/ledger'
import { hasCredentialsChoice, isSigned } from '@/lib/walkthrough/machine'
import { CREDENTIAL_IDS } from '@/lib/walkthrough/types'
import { SIMULATED_BALANCE } from '@/lib/walkthrough/scenario'
import type { AmountProblem } from '@/lib/walkthrough/types'
import { NETWORK_PRESETS } from '@/lib/calculator'
import { STEP_ANCHOR, StateFields } from '../action'
import { ExpectedYear } from '../expected-year'
import type { StepProps } from '../types'
import { buttonPrimary } from '../ui'

/** The reader-facing message for an amount problem. */
export function amountError(problem: AmountProblem, symbol: string): string {
  const t = getWalkthroughStrings().amount
  const e = t.errors
  switch (problem.code) {
    case 'amount-decimals':
      return e['amount-decimals'](problem.decimals)
    case 'amount-below-minimum':
      return e['amount-below-minimum'](formatExactTokens(problem.minimum, symbol))
    case 'amount-above-0x01':
      return e['amount-above-0x01'](
        formatExactTokens(problem.effective, symbol),
        formatExactTokens(problem.excess, symbol),
        problem.validators < 2 ? null : formatQuantity(problem.validators, t.validator),
      )
    case 'amount-above-0x02':
      return e['amount-above-0x02'](formatExactTokens(problem.maximum, symbol))
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
  const check = state.amount === '' ? null : checkAmount(state.amount, network, method, state.credentials)
  const error = check !== null && !check.ok ? amountError(check.problem, symbol) : null
  const shown = check?.ok ? state.amount : suggestedAmount(network, method)
  const setup = stakeSetup({ ...state, amount: shown })
  const inputId = `${idPrefix}-amount`
  const reserve = reserveFor(network, method)
  const locked = isSigned(state)
  const choosesCredentials = hasCredentialsChoice(state)
  return (
    <div className="space-y-5">
      <p className="text-muted">{t.intro}</p>
      <form method="get" action={`/walkthrough#${STEP_ANCHOR}`} data-wt-nav="push" className="space-y-3">
        <StateFields
          state={{ ...state, step: 'review', reached: 'review' }}
          omit={choosesCredentials ? ['amount', 'credentials'] : ['amount']}
        />
        {choosesCredentials ? (
          <CredentialsChoice key={state.credentials} state={state} idPrefix={idPrefix} locked={locked} />
        ) : null}
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

type CredentialsChoiceProps = Pick<StepProps, 'state' | 'idPrefix'> & { locked: boolean }

/**
 * Solo Ethereum: the withdrawal credentials, chosen with the amount because they set how much one
 * validator stakes (0x01: 32 ETH; 0x02: up to 2,048 ETH). Plain radio buttons in the GET form, so the
 * choice travels in the URL with or without JavaScript (the URL replays it before the amount).
 */
function CredentialsChoice({ state, idPrefix, locked }: CredentialsChoiceProps) {
  const c = getWalkthroughStrings().review.credentials
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold text-text">{c.legend}</legend>
      {CREDENTIAL_IDS.map((kind) => (
        <div key={kind} className="flex items-start gap-3">
          <input
            id={`${idPrefix}-credentials-${kind}`}
            type="radio"
            name="credentials"
            value={kind}
            defaultChecked={state.credentials === kind}
            disabled={locked}
            className="mt-1 size-5 shrink-0 accent-[var(--c-accent)]"
          />
          <label htmlFor={`${idPrefix}-credentials-${kind}`} className="text-text">
            {c.options[kind]}
          </label>
        </div>
      ))}
    </fieldset>
  )
}
