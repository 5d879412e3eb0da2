import { SegmentedControl } from '@/components/ui/segmented-control'
import { SelectField } from '@/components/ui/field'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import type { CompoundingMode, DurationUnit } from '@/lib/scenario/form'
import { NumberField } from './number-field'
import type { CalculatorApi } from './types'

const f = enCalculatorIsland.form

/**
 * An empty form for the view-only switches inside the calculator form (APR/APY, duration unit), so the
 * no-JavaScript GET submits only the public parameters (see `CalculatorForm`).
 */
export const viewFormId = (calc: CalculatorApi) => `${calc.idPrefix}-view`

/** The rate, with an APR/APY switch that converts the value through the engine. */
export function RateField({ calc }: { calc: CalculatorApi }) {
  const kind = calc.state.scenario.rateKind
  return (
    <div className="space-y-2">
      <SegmentedControl
        legend={f.rateKind.legend}
        name={`${calc.idPrefix}-rate-kind`}
        form={viewFormId(calc)}
        size="sm"
        className="js-only"
        options={[
          { value: 'apr', label: f.rateKind.apr },
          { value: 'apy', label: f.rateKind.apy },
        ]}
        value={kind}
        onChange={(value) => calc.act({ type: 'rateKind', kind: value })}
      />
      <NumberField
        calc={calc}
        field="rate"
        name={kind}
        label={f.rate[kind].label}
        hint={f.rate[kind].hint}
        suffix={f.perYearUnit}
      />
    </div>
  )
}

const MODES: CompoundingMode[] = [
  'none',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'continuous',
  'every-n-days',
  'per-year',
]

/**
 * Compounding as a native select. The custom modes ("every N days", "N times a year") reveal a number field;
 * without JavaScript the selected custom option submits its periods a year, so the form still round-trips.
 */
export function CompoundingField({ calc }: { calc: CalculatorApi }) {
  const { compoundingMode: mode, scenario } = calc.state
  const id = `${calc.idPrefix}-compounding`
  const custom = mode === 'every-n-days' || mode === 'per-year'
  const optionValue = (m: CompoundingMode) => (m === mode && custom ? String(scenario.compounding) : m)
  return (
    <div className="space-y-3">
      <SelectField
        id={id}
        name="compounding"
        label={f.compounding.label}
        hint={f.compounding.hint}
        error={calc.state.errors.compounding}
        value={optionValue(mode)}
        onChange={(event) => {
          const value = event.target.value
          const next = MODES.find((m) => m === value) ?? mode
          calc.act({ type: 'compoundingMode', mode: next })
        }}
      >
        {MODES.map((m) => (
          <option key={m} value={optionValue(m)}>
            {f.compounding.options[m]}
          </option>
        ))}
      </SelectField>
      {mode === 'every-n-days' ? (
        <NumberField
          calc={calc}
          field="everyNDays"
          label={f.compounding.everyNDays.label}
          hint={f.compounding.everyNDays.hint}
          suffix={f.units.days}
        />
      ) : null}
      {mode === 'per-year' ? (
        <NumberField
          calc={calc}
          field="perYear"
          label={f.compounding.perYear.label}
          hint={f.compounding.perYear.hint}
        />
      ) : null}
    </div>
  )
}

const UNITS: DurationUnit[] = ['days', 'months', 'years']

/** Duration in days, months or years; the URL always carries whole days (`days`). */
export function DurationField({ calc }: { calc: CalculatorApi }) {
  const unit = calc.state.durationUnit
  const id = `${calc.idPrefix}-duration`
  return (
    <div className="space-y-2">
      <NumberField
        calc={calc}
        field="duration"
        name={unit === 'days' ? 'days' : undefined}
        label={f.duration.label}
        hint={f.duration.hint}
        suffix={f.units[unit]}
      />
      <SegmentedControl
        legend={f.duration.unitLegend}
        hideLegend
        name={`${id}-unit`}
        form={viewFormId(calc)}
        size="sm"
        className="js-only"
        options={UNITS.map((u) => ({ value: u, label: f.units[u] }))}
        value={unit}
        onChange={(value) => calc.act({ type: 'durationUnit', unit: value })}
      />
    </div>
  )
}
