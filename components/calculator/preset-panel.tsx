import { useState } from 'react'
import { TextField } from '@/components/ui/field'
import { CalculatorInputError, ETHEREUM_PROFILE, ethereumConsensusApr } from '@/lib/calculator'
import type { NetworkId } from '@/lib/calculator'
import { toPercent } from '@/lib/scenario/defaults'
import { formatInput, formatIsoDate } from '@/lib/format'
import { readNumberText } from '@/lib/scenario/syntax'
import { enCalculatorNetwork } from '@/lib/i18n/en-calculator-network'
import { changedFromPreset, networkInfo } from '@/lib/scenario/network-info'
import type { ShownFigure } from '@/lib/scenario/network-info'
import type { PresetPickerProps } from './preset-picker'
import type { CalculatorApi } from './types'

const t = enCalculatorNetwork

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
