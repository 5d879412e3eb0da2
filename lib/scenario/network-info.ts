import { CALCULATOR_PRESETS, NETWORK_PRESETS } from '@/lib/calculator'
import type { Figure, NetworkId, Source } from '@/lib/calculator'
import { enCalculatorMessages as m } from '@/lib/i18n/en-calculator-messages'
import { presetScenario } from './defaults'
import { formatPlain, formatRate } from '@/lib/format'
import { NETWORK_PRESET } from './params'
import type { Scenario } from './types'

/** One figure behind a preset, ready to show: value, and either its source and date or why it is assumed. */
export type ShownFigure = {
  label: string
  value: string
  source?: Source
  asOf?: string
  note?: string
  assumption: boolean
}

function show(label: string, figure: Figure): ShownFigure {
  const share = /share|per year/.test(figure.unit)
  const value = share ? formatRate(figure.value) : `${formatPlain(figure.value, 0)} ${figure.unit}`
  if (figure.kind === 'assumption') return { label, value, note: figure.note, assumption: true }
  const shown: ShownFigure = { label, value, source: figure.source, asOf: figure.asOf, assumption: false }
  if (figure.note !== undefined) shown.note = figure.note
  return shown
}

export type NetworkInfo = {
  network: NetworkId
  name: string
  /** How the preset's APR is computed from the figures. */
  explanation: string
  /** The reward model's figures, each sourced and dated. */
  figures: ShownFigure[]
  /** The illustrative fee the preset assumes. */
  fee: ShownFigure
  /** The preset as a scenario, to tell which values the reader has changed. */
  preset: Scenario
}

/** Everything the calculator shows about a network preset, from the engine's profiles. */
export function networkInfo(network: NetworkId): NetworkInfo {
  const preset = CALCULATOR_PRESETS[NETWORK_PRESET[network]]
  const profile = NETWORK_PRESETS[network]
  const model = profile.rewardModel as Record<string, Figure>
  const fee = profile.typicalFee[preset.method] ?? {
    kind: 'assumption' as const,
    value: 0,
    unit: 'share of rewards',
    note: m.noFee,
  }
  return {
    network,
    name: profile.name,
    explanation: preset.aprExplanation,
    figures: Object.entries(model).flatMap(([key, figure]) =>
      key === 'inflationStartEpoch' ? [] : [show(m.figureLabels[key] ?? key, figure)],
    ),
    fee: show(m.typicalFee(preset.method), fee),
    preset: presetScenario(NETWORK_PRESET[network]),
  }
}

/** The scenario fields that differ from the network preset it started from. */
export function changedFromPreset(s: Scenario): Array<'rate' | 'commission' | 'compounding' | 'inflation'> {
  if (s.network === undefined) return []
  const p = presetScenario(NETWORK_PRESET[s.network])
  const changed: Array<'rate' | 'commission' | 'compounding' | 'inflation'> = []
  if (s.rateKind !== p.rateKind || !Object.is(s.rate, p.rate)) changed.push('rate')
  if (!Object.is(s.commission, p.commission)) changed.push('commission')
  if (s.compounding !== p.compounding) changed.push('compounding')
  if (!Object.is(s.inflation, p.inflation)) changed.push('inflation')
  return changed
}
