import { cn } from '@/components/ui/cn'
import { NETWORK_PRESETS, type Figure } from '@/lib/calculator'
import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { formatCount, formatApproxDuration, formatList, formatPercent, formatTokenAmount } from '@/lib/format'
import { isSigned } from '@/lib/walkthrough/machine'
import { aprBasis, methodFacts, methodsNotOffered, networkApr } from '@/lib/walkthrough/network-info'
import { NETWORK_IDS } from '@/lib/walkthrough/types'
import { ActionControl } from '../action'
import { FigureSource } from '../figure-source'
import type { HeadingLevel, StepProps } from '../types'
import { Definitions, Heading } from '../ui'

function figureValue(f: Figure): string {
  if (f.unit.startsWith('share') || f.unit === 'per year') return formatPercent(f.value)
  return formatCount(f.value)
}

/** Step 1: the network profile and the way to stake, each method with its requirements, keys, fees, lock-up and risks. */
export function SetupStep({ state, subLevel }: StepProps) {
  const t = getWalkthroughStrings()
  const profile = NETWORK_PRESETS[state.network]
  const locked = isSigned(state)
  const missing = methodsNotOffered(state.network)
  return (
    <div className="space-y-6">
      <p className="text-muted">{t.setup.intro}</p>
      <div className="space-y-2">
        <Heading level={subLevel} className="font-semibold text-text">
          {t.setup.networkLegend}
        </Heading>
        <ul className="flex flex-wrap gap-2">
          {NETWORK_IDS.map((id) => (
            <li key={id}>
              {id === state.network ? (
                <span
                  aria-current="true"
                  className="inline-flex min-h-11 items-center rounded-md border-2 border-accent bg-accent-soft px-4 py-2 font-semibold text-text"
                >
                  {NETWORK_PRESETS[id].name}{' '}
                  <span className="ml-2 text-xs font-normal text-muted">({t.setup.networkCurrent})</span>
                </span>
              ) : locked ? null : (
                <ActionControl
                  state={state}
                  event={{ type: 'SELECT_NETWORK', network: id }}
                  nav="replace"
                  aria-label={t.setup.chooseNetwork(NETWORK_PRESETS[id].name)}
                >
                  {NETWORK_PRESETS[id].name}
                </ActionControl>
              )}
            </li>
          ))}
        </ul>
        <div className="rounded-md border border-line bg-sunken p-3 text-sm">
          <p>
            <span className="text-muted">{t.figures.apr}: </span>
            <strong className="text-text tabular-nums">{formatPercent(networkApr(state.network))}</strong>
          </p>
          <p className="mt-1 text-muted">{t.figures.aprBasis}:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {aprBasis(state.network).map(({ key, figure }) => (
              <li key={key}>
                {t.figures.basis[key]}:{' '}
                <strong className="text-text tabular-nums">{figureValue(figure)}</strong>{' '}
                <FigureSource figure={figure} />
              </li>
            ))}
          </ul>
        </div>
      </div>

      <div className="space-y-3">
        <Heading level={subLevel} className="font-semibold text-text">
          {t.setup.methodsHeading(profile.name)}
        </Heading>
        <ul className="grid gap-4 lg:grid-cols-2">
          {methodFacts(state.network).map((f) => {
            const m = t.methods[f.method]
            const chosen = state.method === f.method
            return (
              <li
                key={f.method}
                className={cn(
                  'rounded-lg border p-4',
                  chosen ? 'border-2 border-accent' : 'border-line',
                  'bg-surface',
                )}
              >
                <Heading
                  level={Math.min(6, subLevel + 1) as HeadingLevel}
                  className="text-lg font-bold text-text"
                >
                  {m.name}
                  {chosen ? (
                    <span className="ml-2 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent-strong">
                      {t.setup.chosen}
                    </span>
                  ) : null}
                </Heading>
                <Definitions
                  layout="stacked"
                  className="mt-3"
                  rows={[
                    { term: t.setup.requirements, value: m.requirements },
                    {
                      term: t.figures.minimum,
                      value:
                        f.minimum && f.minimum.value > 0 ? (
                          <>
                            {formatTokenAmount(f.minimum.value, profile.symbol)}{' '}
                            <FigureSource figure={f.minimum} />
                          </>
                        ) : (
                          t.figures.noMinimum
                        ),
                    },
                    { term: t.setup.keys, value: m.keys },
                    {
                      term: t.setup.fees,
                      value: (
                        <>
                          {m.fees}
                          {f.fee && f.fee.value > 0 ? (
                            <>
                              {' '}
                              {t.figures.fee}: {formatPercent(f.fee.value)} <FigureSource figure={f.fee} />
                            </>
                          ) : null}
                        </>
                      ),
                    },
                    {
                      term: t.setup.lockup,
                      value: `${t.figures.activation}: ${formatApproxDuration(f.activationDays)}. ${t.figures.exit}: ${formatApproxDuration(f.exitDays)}${f.swapDays === null ? '' : ` (${t.figures.orSell(formatApproxDuration(f.swapDays))})`}.`,
                    },
                    { term: t.setup.risks, value: m.risks },
                  ]}
                />
                {locked ? null : (
                  <div className="mt-4">
                    <ActionControl
                      state={state}
                      event={{ type: 'SELECT_METHOD', method: f.method }}
                      variant={chosen ? 'primary' : 'secondary'}
                    >
                      {t.setup.choose(m.short)}
                    </ActionControl>
                  </div>
                )}
              </li>
            )
          })}
        </ul>
        {missing.length > 0 ? (
          <p className="text-sm text-muted">
            {t.setup.notOffered(
              profile.name,
              formatList(
                missing.map((m) => t.methods[m].short),
                'disjunction',
              ),
            )}
          </p>
        ) : null}
      </div>
    </div>
  )
}
