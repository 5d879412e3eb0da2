import { useState } from 'react'
import { TextField } from '@/components/ui/field'
import { CalculatorInputError, ETHEREUM_PROFILE, ethereumConsensusApr } from '@/lib/calculator'
import type { NetworkId } from '@/lib/calculator'
import { toPercent } from '@/lib/scenario/defaults'
import { formatInput } from '@/lib/format'
import { readNumberText } from '@/lib/scenario/syntax'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import { formatIsoDate } from '@/lib/format'
import { changedFromPreset, networkInfo } from '@/lib/scenario/network-info'
import type { ShownFigure } from '@/lib/scenario/network-info'
import { NETWORKS } from '@/lib/scenario/params'
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
      {current === null ? null : <PresetPanel calc={calc} network={current} hrefFor={hrefFor} />}
    </div>
  )
}

/**
 * The figures behind a network preset, each with its source and as-of date (or why it is an assumption), and
 * a way back to the preset's values. Shown wherever a calculator starts from a preset, compact ones included.
 */
export function PresetPanel({ calc, network, hrefFor }: PresetPickerProps & { network: NetworkId }) {
  const info = networkInfo(network)
  const changed = changedFromPreset(calc.state.scenario).length > 0
  return (
    <div className="rounded-lg border border-line bg-sunken p-3 text-sm">
      <p className="font-semibold text-text">{t.preset.model(info.name)}</p>
      <p className="mt-1 text-muted">{info.explanation}</p>
      <ul className="mt-2 space-y-1.5">
        {[...info.figures, info.fee].map((figure) => (
          <FigureLine key={figure.label} figure={figure} newTab={calc.variant === 'embed'} />
        ))}
      </ul>
      {network === 'ethereum' ? <EthereumModel calc={calc} /> : null}
      {changed ? (
        <p className="mt-2 text-text">
          {t.preset.changed}{' '}
          <a
            href={hrefFor(network)}
            onClick={(event) => {
              event.preventDefault()
              calc.act({ type: 'network', network })
            }}
            className="font-semibold text-accent-strong underline"
          >
            {t.preset.reset}
          </a>
        </p>
      ) : null}
    </div>
  )
}

function FigureLine({ figure, newTab }: { figure: ShownFigure; newTab: boolean }) {
  return (
    <li className="text-text">
      <span className="font-medium">{figure.label}:</span> {figure.value}{' '}
      {figure.source ? (
        <span className="text-muted">
          (
          <a
            href={figure.source.url}
            className="text-muted underline hover:text-text"
            rel="noopener"
            target={newTab ? '_blank' : undefined}
          >
            {figure.source.title}
          </a>
          , {t.preset.asOf(formatIsoDate(figure.asOf ?? ''))})
        </span>
      ) : (
        <span className="text-muted">
          ({t.preset.assumption}
          {figure.note ? `: ${figure.note}` : ''})
        </span>
      )}
    </li>
  )
}

/**
 * Ethereum's APR follows from the total ETH staked (the engine's consensus reward model): change the total to
 * see what the rate becomes. JavaScript only: it sets the APR field, which is what links carry.
 */
function EthereumModel({ calc }: { calc: CalculatorApi }) {
  const [text, setText] = useState(formatInput(ETHEREUM_PROFILE.rewardModel.totalStakedEth.value, 0))
  const [error, setError] = useState<string | undefined>(undefined)
  return (
    <TextField
      id={`${calc.idPrefix}-eth-staked`}
      fieldClassName="js-only mt-3"
      label={t.preset.totalStaked.label}
      hint={t.preset.totalStaked.hint}
      suffix="ETH"
      inputMode="decimal"
      value={text}
      error={error}
      onChange={(event) => {
        setText(event.target.value)
        const read = readNumberText(event.target.value)
        try {
          if (!read.ok) throw new CalculatorInputError('totalStakedEth', t.preset.totalStaked.invalid)
          calc.act({ type: 'setApr', rate: toPercent(ethereumConsensusApr(read.value)) }, event.timeStamp)
          setError(undefined)
        } catch (cause) {
          if (!(cause instanceof CalculatorInputError)) throw cause
          setError(cause.message)
        }
      }}
    />
  )
}
