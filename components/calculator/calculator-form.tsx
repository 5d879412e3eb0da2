import { buttonClass } from '@/components/ui/button'
import { SelectField } from '@/components/ui/field'
import type { NetworkId } from '@/lib/calculator'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import { scenarioForNetwork } from '@/lib/scenario/form'
import { CURRENCIES } from '@/lib/scenario/params'
import { scenarioToQueryString } from '@/lib/scenario/serialize'
import type { Scenario } from '@/lib/scenario/types'
import { NumberField } from './number-field'
import { WithNetworkParts } from './network-parts-loader'
import { PresetPicker } from './preset-picker'
import { CompoundingField, DurationField, RateField, viewFormId } from './schedule-fields'
import type { CalculatorApi } from './types'

const f = enCalculatorIsland.form

/** Without preset links of its own (articles), a preset's "reset" points at the full calculator. */
const calculatorHref = (s: Scenario) => (network: NetworkId | null) =>
  `/calculator${scenarioToQueryString(scenarioForNetwork(s, network))}`

export type CalculatorFormProps = {
  calc: CalculatorApi
  /** Main inputs only: amount, rate, compounding, duration. */
  compact: boolean
  /** Where the form submits without JavaScript (a GET with the public parameter names). */
  action: string
  /** Extra values the no-JavaScript form must keep (the widget's theme and compact flag). */
  hidden?: Record<string, string>
  /** Links for the network presets; no presets when absent. */
  presetHref?: (network: NetworkId | null) => string
}

/**
 * The calculator's inputs. A plain `<form method="get">` whose fields carry the public parameter names, so it
 * works without JavaScript; with JavaScript every keystroke updates the results and submitting is unnecessary.
 */
export function CalculatorForm({ calc, compact, action, hidden = {}, presetHref }: CalculatorFormProps) {
  const s = calc.state.scenario
  const { network } = s
  return (
    <>
      <form id={viewFormId(calc)} hidden onSubmit={(e) => e.preventDefault()} />
      <form
        method="get"
        action={action}
        noValidate
        onSubmit={(e) => e.preventDefault()}
        className="space-y-5"
      >
        {presetHref && !compact ? (
          <PresetPicker calc={calc} hrefFor={presetHref} />
        ) : network === undefined ? null : (
          <WithNetworkParts
            render={(parts) => (
              <parts.PresetPanel calc={calc} network={network} hrefFor={presetHref ?? calculatorHref(s)} />
            )}
          />
        )}
        {s.network === undefined ? null : <input type="hidden" name="network" value={s.network} />}
        <div className={compact ? '' : 'grid grid-cols-[minmax(0,1fr)_minmax(0,8.5rem)] gap-3'}>
          <NumberField
            calc={calc}
            field="amount"
            name="amount"
            label={f.amount.label}
            hint={f.amount.hint}
            suffix={s.symbol}
          />
          {compact ? null : (
            <NumberField
              calc={calc}
              field="symbol"
              name="symbol"
              inputMode="text"
              label={f.symbol.label}
              hint={f.symbol.hint}
            />
          )}
        </div>
        <RateField calc={calc} />
        <CompoundingField calc={calc} />
        {compact ? null : (
          <NumberField
            calc={calc}
            field="commission"
            name="commission"
            label={f.commission.label}
            hint={f.commission.hint}
            suffix={f.percentUnit}
          />
        )}
        <DurationField calc={calc} />
        {compact ? null : <OptionalFields calc={calc} />}
        {compact || s.network === undefined ? null : (
          <WithNetworkParts render={(parts) => <parts.NetworkModelFields calc={calc} />} />
        )}
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" className={buttonClass('primary', 'js-hidden w-full')}>
          {f.update}
        </button>
      </form>
    </>
  )
}

function OptionalFields({ calc }: { calc: CalculatorApi }) {
  const s = calc.state.scenario
  return (
    <div className="space-y-5 border-t border-line pt-5">
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,8.5rem)] gap-3">
        <NumberField calc={calc} field="price" name="price" label={f.price.label} hint={f.price.hint} />
        <SelectField
          id={`${calc.idPrefix}-currency`}
          name="currency"
          label={f.currency.label}
          value={s.currency}
          onChange={(event) => calc.act({ type: 'currency', currency: event.target.value })}
        >
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
      </div>
      <NumberField
        calc={calc}
        field="priceChange"
        name="priceChange"
        inputMode="text"
        label={f.priceChange.label}
        hint={f.priceChange.hint}
        suffix={f.percentUnit}
      />
      <NumberField
        calc={calc}
        field="inflation"
        name="inflation"
        label={f.inflation.label}
        hint={f.inflation.hint}
        suffix={f.perYearUnit}
      />
    </div>
  )
}
