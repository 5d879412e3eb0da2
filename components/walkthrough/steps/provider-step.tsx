import { NETWORK_PRESETS } from '@/lib/calculator'
import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { providerFlags } from '@/lib/walkthrough/flags'
import { formatPercent, formatTokenAmount } from '@/lib/format'
import { isSigned } from '@/lib/walkthrough/machine'
import { providerKind, providersFor, type Provider, type ProviderKind } from '@/lib/walkthrough/providers'
import { ActionControl } from '../action'
import type { StepProps } from '../types'
import { Heading } from '../ui'

type Column = 'fee' | 'uptime' | 'selfStake' | 'share' | 'history' | 'operators' | 'hosting'

const COLUMNS: Record<ProviderKind, Column[]> = {
  setup: ['hosting', 'share', 'uptime'],
  validator: ['fee', 'uptime', 'selfStake', 'share', 'history'],
  pool: ['fee', 'uptime', 'share', 'operators'],
  protocol: ['fee', 'uptime', 'share', 'operators'],
  exchange: ['fee', 'share'],
}

/** Step 2: a simulated list of validators, setups, pools, protocols or platforms, with warning flags. */
export function ProviderStep({ state, subLevel }: StepProps) {
  const t = getWalkthroughStrings()
  const c = t.provider.columns
  if (state.method === null) return null
  const kind = providerKind(state.method)
  const symbol = NETWORK_PRESETS[state.network].symbol
  const columns = COLUMNS[kind]
  const locked = isSigned(state)
  const header: Record<Column, string> = {
    fee: kind === 'validator' ? c.commission : c.fee,
    uptime: c.uptime,
    selfStake: c.selfStake,
    share: kind === 'setup' ? c.clientShare : kind === 'validator' ? c.votingPower : c.share,
    history: c.history,
    operators: c.operators,
    hosting: c.hosting,
  }
  const cell = (p: Provider, col: Column): string => {
    switch (col) {
      case 'fee':
        return formatPercent(p.fee)
      case 'uptime':
        return formatPercent(p.uptime, 2)
      case 'selfStake':
        return p.selfStake === null ? '–' : formatTokenAmount(p.selfStake, symbol)
      case 'share':
        return formatPercent(p.share, 1)
      case 'history':
        return p.slashedDaysAgo !== null
          ? t.provider.history.slashed(p.slashedDaysAgo)
          : p.jailedDaysAgo !== null
            ? t.provider.history.jailed(p.jailedDaysAgo)
            : t.provider.history.clean
      case 'operators':
        return p.operators === null ? '–' : String(p.operators)
      case 'hosting':
        return p.hosting === null ? '–' : t.provider.hosting[p.hosting]
    }
  }
  const explain: [string, string][] = [
    ...(columns.includes('fee') ? [[header.fee, t.provider.explain.fee] as [string, string]] : []),
    ...(columns.includes('uptime') ? [[c.uptime, t.provider.explain.uptime] as [string, string]] : []),
    ...(columns.includes('selfStake')
      ? [[c.selfStake, t.provider.explain.selfStake] as [string, string]]
      : []),
    [header.share, kind === 'setup' ? t.provider.explain.clientShare : t.provider.explain.share],
    ...(columns.includes('history') ? [[c.history, t.provider.explain.history] as [string, string]] : []),
    ...(columns.includes('operators')
      ? [[c.operators, t.provider.explain.operators] as [string, string]]
      : []),
  ]
  return (
    <div className="space-y-5">
      <p className="text-muted">{t.provider.intro}</p>
      <div
        role="region"
        aria-label={t.provider.caption}
        tabIndex={0}
        className="relative overflow-x-auto rounded-lg border border-line"
      >
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <caption className="sr-only">{t.provider.caption}</caption>
          <thead className="bg-sunken text-text">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                {c.name}
              </th>
              {columns.map((col) => (
                <th key={col} scope="col" className="px-3 py-2 font-semibold">
                  {header[col]}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 font-semibold">
                {c.flags}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                <span className="sr-only">{c.action}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line bg-surface">
            {providersFor(state.network, state.method).map((p) => {
              const flags = providerFlags(p, kind)
              const chosen = state.provider === p.id
              return (
                <tr key={p.id} className={chosen ? 'bg-accent-soft' : undefined}>
                  <th scope="row" className="px-3 py-2 font-semibold whitespace-nowrap text-text">
                    {p.name}
                  </th>
                  {columns.map((col) => (
                    <td key={col} className="px-3 py-2 text-text tabular-nums">
                      {cell(p, col)}
                    </td>
                  ))}
                  <td className="px-3 py-2">
                    {flags.length === 0 ? (
                      <span className="text-muted">{t.provider.none}</span>
                    ) : (
                      <ul className="space-y-1">
                        {flags.map((f) => (
                          <li key={f.id} className={f.severity === 'risk' ? 'text-risk' : 'text-warning'}>
                            <strong>{f.severity === 'risk' ? t.provider.risk : t.provider.warning}:</strong>{' '}
                            <span className="text-text">{t.provider.flags[f.id]}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {locked ? (
                      chosen ? (
                        <span className="font-semibold text-text">{t.provider.chosen}</span>
                      ) : null
                    ) : (
                      <ActionControl
                        state={state}
                        event={{ type: 'SELECT_PROVIDER', provider: p.id }}
                        variant={chosen ? 'primary' : 'secondary'}
                        className="whitespace-nowrap"
                      >
                        {t.provider.choose(p.name)}
                      </ActionControl>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="space-y-2">
        <Heading level={subLevel} className="font-semibold text-text">
          {t.provider.explainHeading}
        </Heading>
        <dl className="space-y-2 text-sm">
          {explain.map(([term, text]) => (
            <div key={term}>
              <dt className="font-semibold text-text">{term}</dt>
              <dd className="text-muted">{text}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-text">{t.provider.concentration}</p>
      </div>
    </div>
  )
}
