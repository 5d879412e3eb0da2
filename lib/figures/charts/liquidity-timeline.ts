import { phaseLabel } from '@/lib/i18n/en-liquidity'
import { timeToLiquidity, type LiquidityTimeline, type NetworkId, type StakingMethod } from '@/lib/calculator'
import type { ChartColor, TimelineChartModel, TimelineRow } from '../chart-model'
import { decimal } from '../format'

/** The kinds of phase, each with one colour, so the same kind looks the same on every network. */
const PHASE_KINDS = {
  request: { label: 'Request', color: 4 },
  queue: { label: 'Queue', color: 2 },
  locked: { label: 'Locked: the network’s waiting period', color: 1 },
  payout: { label: 'Payout or sale', color: 3 },
} as const satisfies Record<string, { label: string; color: ChartColor }>

type PhaseKind = keyof typeof PHASE_KINDS

/** Engine phase ids → kind. An unknown id is a build error, so a new engine phase cannot go uncoloured. */
const KIND_OF_PHASE: Record<string, PhaseKind> = {
  'exit-request': 'request',
  'redeem-request': 'request',
  'platform-request': 'request',
  'exit-queue': 'queue',
  'withdrawability-delay': 'locked',
  unbonding: 'locked',
  'epoch-boundary': 'locked',
  'withdrawal-sweep': 'payout',
  withdraw: 'payout',
  'market-swap': 'payout',
}

const CASES: readonly { network: NetworkId; method: StakingMethod; label: string }[] = [
  { network: 'ethereum', method: 'solo', label: 'Ethereum: exit a validator' },
  { network: 'cosmos', method: 'delegated', label: 'Cosmos Hub: undelegate' },
  { network: 'solana', method: 'delegated', label: 'Solana: deactivate a stake' },
  { network: 'ethereum', method: 'liquid', label: 'Any network: sell a liquid staking token' },
]

function kindOf(phaseId: string): PhaseKind {
  const kind = KIND_OF_PHASE[phaseId]
  if (kind === undefined) throw new Error(`liquidity timeline: no colour for the engine phase "${phaseId}"`)
  return kind
}

/** "≈ 21 days", "≈ 2.6 days", "minutes". */
export function formatDuration(days: number): string {
  if (days < 1 / 24) return 'minutes'
  if (days < 1) return `≈ ${decimal(days * 24)} hours`
  return `≈ ${decimal(days, days < 10 ? 1 : 0)} days`
}

function rowOf(label: string, timeline: LiquidityTimeline): TimelineRow {
  return {
    label,
    total: formatDuration(timeline.totalDays),
    segments: timeline.phases
      .filter((p) => p.endDay > p.startDay)
      .map((p) => ({
        label: phaseLabel(p.id),
        start: p.startDay,
        end: p.endDay,
        color: PHASE_KINDS[kindOf(p.id)].color,
      })),
  }
}

/** How long until staked tokens are usable again on each network (`timeToLiquidity` with preset defaults). */
export function liquidityTimeline(): TimelineChartModel {
  const timelines = CASES.map((c) => ({
    ...c,
    timeline: timeToLiquidity({ network: c.network, method: c.method }),
  }))
  const max = Math.max(...timelines.map((t) => t.timeline.totalDays))
  const top = Math.ceil(max / 5) * 5
  const used = new Set(
    timelines.flatMap((t) => t.timeline.phases.filter((p) => p.endDay > p.startDay).map((p) => kindOf(p.id))),
  )
  return {
    kind: 'timeline',
    id: 'liquidity-timeline',
    title: 'How long until staked tokens can be used again, by network',
    caption:
      'Leaving staking takes from minutes to weeks: Cosmos Hub unbonding is fixed at 21 days, Ethereum waits for a queue and the withdrawal sweep, Solana for the end of an epoch, and a liquid staking token can be sold at once at the market’s price.',
    note: 'Computed by the site’s engine from each network’s rules and the figures in its presets, with an empty Ethereum exit queue; real queues can add days or weeks. Selling a liquid staking token is fast, but its market price can be below its redemption value.',
    x: {
      label: 'Days after asking to leave',
      min: 0,
      max: top,
      scale: 'linear',
      ticks: Array.from({ length: top / 5 + 1 }, (_, i) => i * 5),
      tick: (v) => decimal(v),
    },
    rows: timelines.map((t) => rowOf(t.label, t.timeline)),
    legend: (Object.keys(PHASE_KINDS) as PhaseKind[]).filter((k) => used.has(k)).map((k) => PHASE_KINDS[k]),
    table: {
      caption: 'Phases of leaving staking, by network',
      columns: [
        { key: 'case', header: 'Case', rowHeader: true },
        { key: 'phase', header: 'Phase' },
        { key: 'days', header: 'Takes', numeric: true },
      ],
      rows: timelines.flatMap((t) =>
        t.timeline.phases.map((p, i) => ({
          case: i === 0 ? t.label : '',
          phase: phaseLabel(p.id),
          days: p.endDay === p.startDay ? 'no wait' : formatDuration(p.endDay - p.startDay),
        })),
      ),
    },
  }
}
