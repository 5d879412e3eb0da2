import { useState } from 'react'
import { SelectField, TextField } from '@/components/ui/field'
import { ETHEREUM_PROFILE } from '@/lib/calculator'
import type { Projection, RatePathAssumption } from '@/lib/calculator'
import { enCalculatorNetwork } from '@/lib/i18n/en-calculator-network'
import { scenarioValidators } from '@/lib/scenario/validators'
import { formatPlain, formatRate, formatTokens } from '@/lib/format'
import type { EthereumNumberOption } from '@/lib/scenario/form'
import { CREDENTIALS, RATE_MODES } from '@/lib/scenario/params'
import type { Credentials, RateMode } from '@/lib/scenario/params'
import { scenarioRateModel } from '@/lib/scenario/stake-input'
import type { Scenario } from '@/lib/scenario/types'
import type { CalculatorApi } from './types'

const t = enCalculatorNetwork.model

/** "Gross APR year 1: 7.2%, year 10: 2.31%": the first and last years of the model (and a middle one). */
export function yearlyRatesText(p: Projection): string | null {
  const years = p.rates?.yearlyGrossApr
  if (years === undefined || years.length === 0) return null
  const picks =
    years.length <= 2 ? years.map((_, i) => i) : [0, Math.floor((years.length - 1) / 2), years.length - 1]
  return t.yearly([...new Set(picks)].map((i) => t.year(i + 1, formatRate(years[i] ?? 0))).join(', '))
}

/** The model's held assumption in words. */
export function assumptionText(a: RatePathAssumption): string {
  if (a.network === 'ethereum') {
    return t.assumption.ethereum(formatPlain(a.totalStakedEth), formatPlain(a.growthEthPerYear))
  }
  if (a.network === 'solana') {
    return t.assumption.solana(String(a.startEpoch), formatRate(a.stakedFraction), formatPlain(a.epochDays))
  }
  return t.assumption.cosmos(
    formatRate(a.bondedRatio),
    formatRate(a.goalBonded),
    formatRate(a.inflationMin),
    formatRate(a.inflationMax),
  )
}

/** Beside the results: how the rate moves under the model, and what 0x01 vs 0x02 changes for a solo validator. */
export function NetworkModelSummary({
  scenario: s,
  projection: p,
}: {
  scenario: Scenario
  projection: Projection
}) {
  const rates = yearlyRatesText(p)
  const model = rates === null ? null : safely(() => scenarioRateModel(s))
  const validators = s.network === 'ethereum' ? safely(() => scenarioValidators(s)) : null
  if (rates === null && validators === null) return null
  return (
    <div className="space-y-1 rounded-lg border border-line bg-surface p-3 text-sm text-text">
      {rates === null ? null : <p className="font-semibold">{rates}</p>}
      {model === null ? null : <p className="text-muted">{assumptionText(model.assumption)}</p>}
      {validators === null ? null : (
        <p>
          {t.credentials.compare(
            validators.chosen.credentials,
            formatTokens(validators.chosen.finalBalance, s.symbol),
            validators.other.credentials,
            formatTokens(validators.other.finalBalance, s.symbol),
          )}
        </p>
      )}
    </div>
  )
}

function safely<T>(run: () => T): T | null {
  try {
    return run()
  } catch {
    return null
  }
}

/** The network model's inputs: rate over time, and for Ethereum credentials, stake growth and queues. */
export function NetworkModelFields({ calc }: { calc: CalculatorApi }) {
  const s = calc.state.scenario
  if (s.network === undefined) return null
  const l = ETHEREUM_PROFILE.liquidity
  return (
    <fieldset className="space-y-4 border-t border-line pt-5">
      <legend className="text-sm font-semibold text-text">{t.heading}</legend>
      <SelectField
        id={`${calc.idPrefix}-rates`}
        name="rates"
        label={t.rates.label}
        hint={t.rates.hint}
        value={s.rates ?? 'constant'}
        onChange={(event) => calc.act({ type: 'rates', mode: event.target.value as RateMode })}
      >
        {RATE_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t.rates[mode]}
          </option>
        ))}
      </SelectField>
      {s.network === 'ethereum' ? (
        <>
          {(['credentials', 'poolCredentials'] as const).map((key) => (
            <SelectField
              key={key}
              id={`${calc.idPrefix}-${key}`}
              name={key}
              label={t[key].label}
              hint={key === 'credentials' ? t.credentials.hint : undefined}
              value={s[key] ?? '0x01'}
              onChange={(event) => calc.act({ type: key, credentials: event.target.value as Credentials })}
            >
              {CREDENTIALS.map((c) => (
                <option key={c} value={c}>
                  {t[key][c]}
                </option>
              ))}
            </SelectField>
          ))}
          {s.rates === 'model' ? (
            <OptionField
              calc={calc}
              option="stakeGrowth"
              label={t.stakeGrowth.label}
              hint={t.stakeGrowth.hint}
            />
          ) : null}
          <OptionField
            calc={calc}
            option="entryQueue"
            label={t.entryQueue.label}
            hint={t.entryQueue.hint(
              `${formatPlain(l.observedEntryQueueEth.value)} ETH (${l.observedEntryQueueEth.asOf})`,
            )}
          />
          <OptionField
            calc={calc}
            option="exitQueue"
            label={t.exitQueue.label}
            hint={t.exitQueue.hint(
              `${formatPlain(l.observedExitQueueEth.value)} ETH (${l.observedExitQueueEth.asOf})`,
            )}
          />
        </>
      ) : null}
    </fieldset>
  )
}

function OptionField({
  calc,
  option,
  label,
  hint,
}: {
  calc: CalculatorApi
  option: EthereumNumberOption
  label: string
  hint: string
}) {
  const value = calc.state.scenario[option]
  const [text, setText] = useState(value === undefined ? '' : String(value))
  return (
    <TextField
      id={`${calc.idPrefix}-${option}`}
      name={option}
      label={label}
      hint={hint}
      suffix="ETH"
      inputMode="text"
      value={text}
      error={calc.state.errors[option]}
      onChange={(event) => {
        setText(event.target.value)
        calc.act({ type: 'ethereumOption', key: option, text: event.target.value }, event.timeStamp)
      }}
    />
  )
}
