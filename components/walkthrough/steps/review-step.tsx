import { NETWORK_PRESETS } from '@/lib/calculator'
import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { transactionFee } from '@/lib/walkthrough/amount'
import { formatTokenAmount } from '@/lib/format'
import { addressGroups, simulatedRecipient } from '@/lib/walkthrough/address'
import { stakeSetup } from '@/lib/walkthrough/ledger'
import { hasCredentialsChoice, isSigned, transition } from '@/lib/walkthrough/machine'
import type { AmountProblem, WalkthroughState } from '@/lib/walkthrough/types'
import { ActionControl, STEP_ANCHOR, StateFields } from '../action'
import { ExpectedYear } from '../expected-year'
import { amountError } from './amount-step'
import type { StepProps } from '../types'
import { Definitions, Heading, Panel, buttonPrimary } from '../ui'

/** Step 4: what the transaction does, what cannot be undone, phishing warnings, and a simulated signature. */
export function ReviewStep({ state, idPrefix, subLevel }: StepProps) {
  const t = getWalkthroughStrings()
  const r = t.review
  const setup = stakeSetup(state)
  if (setup === null) return null
  const tx = r.transaction(setup.network, setup.method)
  const fee = transactionFee(setup.network, setup.method)
  const signed = transition(state, { type: 'SIGN' })
  const confirmId = `${idPrefix}-confirm`
  const recipient = simulatedRecipient(setup.network, setup.method, setup.provider.id)
  return (
    <div className="space-y-5">
      <p className="text-muted">{r.intro}</p>
      <Panel>
        <p className="mb-2 font-semibold text-text">{r.summaryCaption}</p>
        <Definitions
          rows={[
            { term: r.rows.network, value: NETWORK_PRESETS[setup.network].name },
            { term: r.rows.method, value: t.methods[setup.method].name },
            { term: r.rows.provider, value: setup.provider.name },
            { term: r.rows.amount, value: formatTokenAmount(setup.amount, setup.symbol) },
            { term: r.rows.fee, value: fee > 0 ? formatTokenAmount(fee, setup.symbol) : r.rows.noFee },
            ...(setup.credentials === null ? [] : [{ term: r.rows.credentials, value: setup.credentials }]),
          ]}
        />
      </Panel>
      {hasCredentialsChoice(state) && !isSigned(state) ? (
        <div className="space-y-2">
          <Heading level={subLevel} className="font-semibold text-text">
            {r.credentials.heading}
          </Heading>
          <p className="text-text">{r.credentials.kinds[state.credentials]}</p>
          <p className="text-sm text-muted">{r.credentials.note}</p>
          <CredentialsSwitch state={state} />
        </div>
      ) : null}
      <Panel>
        <Heading level={subLevel} className="font-semibold text-text">
          {r.address.heading}
        </Heading>
        {recipient === null ? (
          <p className="mt-2 text-sm text-text">{r.address.custodial}</p>
        ) : (
          <>
            <p className="mt-2 text-sm text-muted">{r.address.kinds[recipient.kind]}</p>
            <p className="mt-1 font-mono text-base break-all text-text" data-simulated-address>
              {addressGroups(recipient.address).map((group, i) => (
                <span key={i} className="mr-[0.6ch] inline-block">
                  {group}
                </span>
              ))}
            </p>
            <p className="mt-1 text-sm font-semibold text-warning">{r.address.simulated}</p>
            <p className="mt-2 text-sm text-text">{r.address.compare}</p>
          </>
        )}
      </Panel>
      <div className="space-y-2">
        <Heading level={subLevel} className="font-semibold text-text">
          {r.doesHeading}
        </Heading>
        <p className="text-text">{tx.does}</p>
        <Heading level={subLevel} className="font-semibold text-text">
          {r.irreversibleHeading}
        </Heading>
        <p className="text-text">{tx.irreversible}</p>
      </div>
      <Panel tone="warning">
        <Heading level={subLevel} className="font-semibold text-text">
          {r.phishingHeading}
        </Heading>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-text">
          {r.phishing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Panel>
      <ExpectedYear setup={setup} title={t.amount.expectedHeading} />
      {isSigned(state) ? (
        <p className="font-semibold text-text">{t.signedNote}</p>
      ) : signed.ok ? (
        <form method="get" action={`/walkthrough#${STEP_ANCHOR}`} data-wt-nav="push" className="space-y-3">
          <StateFields state={signed.state} />
          <div className="flex items-start gap-3">
            <input
              id={confirmId}
              type="checkbox"
              required
              className="mt-1 size-5 shrink-0 accent-[var(--c-accent)]"
            />
            <label htmlFor={confirmId} className="text-text">
              {recipient === null ? r.confirmCustodial : r.confirm}
            </label>
          </div>
          <button type="submit" className={buttonPrimary}>
            {r.sign}
          </button>
        </form>
      ) : null}
    </div>
  )
}

/** Switch to the other credentials, or say why the amount does not allow it (above 32 ETH, no 0x01). */
function CredentialsSwitch({ state }: { state: WalkthroughState }) {
  const r = getWalkthroughStrings().review.credentials
  const other = state.credentials === '0x01' ? '0x02' : '0x01'
  const event = { type: 'SET_CREDENTIALS', credentials: other } as const
  const result = transition(state, event)
  if (!result.ok && result.rejection.code.startsWith('amount-')) {
    const reason = amountError(result.rejection as AmountProblem, NETWORK_PRESETS[state.network].symbol)
    return <p className="text-sm text-text">{r.blocked(reason)}</p>
  }
  return (
    <ActionControl state={state} event={event} nav="replace">
      {r.use(other)}
    </ActionControl>
  )
}
