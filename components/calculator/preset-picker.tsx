import type { NetworkId } from '@/lib/calculator'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import { NETWORKS } from '@/lib/scenario/params'
import { WithNetworkParts } from './network-parts-loader'
import type { CalculatorApi } from './types'

const t = enCalculatorIsland

export type PresetPickerProps = {
  calc: CalculatorApi
  /** The link for a preset (or `null`: custom); it works without JavaScript, and with it applies in place. */
  hrefFor: (network: NetworkId | null) => string
}

/**
 * "Start from": custom or a network preset. Presets fill the rate from the engine's network models; the panel
 * below names every figure with its source and as-of date, and the fields stay editable.
 */
export function PresetPicker({ calc, hrefFor }: PresetPickerProps) {
  const current = calc.state.scenario.network ?? null
  const choices: Array<NetworkId | null> = [null, ...NETWORKS]
  const labelId = `${calc.idPrefix}-presets`
  return (
    <div className="space-y-3">
      <p id={labelId} className="text-sm font-semibold text-text">
        {t.form.presetsLegend}
      </p>
      <div role="group" aria-labelledby={labelId} className="flex flex-wrap gap-2">
        {choices.map((network) => (
          <a
            key={network ?? 'custom'}
            href={hrefFor(network)}
            aria-current={network === current ? 'true' : undefined}
            onClick={(event) => {
              if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
              event.preventDefault()
              calc.act({ type: 'network', network })
            }}
            className="inline-flex min-h-10 items-center rounded-full border border-line-strong px-4 text-sm font-semibold text-text no-underline hover:bg-sunken aria-[current=true]:border-accent aria-[current=true]:bg-accent-soft aria-[current=true]:text-accent-strong"
          >
            {network === null ? t.form.custom : t.form.networks[network]}
          </a>
        ))}
      </div>
      {current === null ? null : (
        <WithNetworkParts
          render={(parts) => <parts.PresetPanel calc={calc} network={current} hrefFor={hrefFor} />}
        />
      )}
    </div>
  )
}
