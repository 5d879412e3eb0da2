import type { Provider, ProviderKind } from './providers'

/**
 * Warning signs in a simulated provider, each with the threshold that raises it. `risk` marks an
 * obviously bad choice (the reader is told, not stopped); `warning` something to weigh.
 */
export type FlagId =
  | 'keeps-all-rewards'
  | 'high-fee'
  | 'zero-commission'
  | 'recent-slashing'
  | 'recent-jailing'
  | 'low-uptime'
  | 'large-share'
  | 'approaching-third'
  | 'supermajority-client'
  | 'majority-client'
  | 'few-operators'
  | 'no-self-stake'

export type Flag = { id: FlagId; severity: 'risk' | 'warning' }

/** The thresholds, in one place (shares are fractions of all stake or of all validators). */
export const FLAG_THRESHOLDS = {
  highFee: 0.5,
  recentSlashingDays: 365,
  recentJailingDays: 90,
  lowUptime: 0.98,
  /** A validator with a tenth of the voting power: a handful like it could halt or censor the chain. */
  largeValidatorShare: 0.1,
  /** A provider nearing a third of all stake could stop finality on its own. */
  approachingThird: 0.25,
  /** A client bug shared by two thirds of validators could finalise a wrong chain. */
  supermajorityClient: 2 / 3,
  majorityClient: 1 / 3,
  fewOperators: 5,
} as const

export function providerFlags(p: Provider, kind: ProviderKind): Flag[] {
  const t = FLAG_THRESHOLDS
  const flags: Flag[] = []
  if (kind !== 'setup') {
    if (p.fee >= 1) flags.push({ id: 'keeps-all-rewards', severity: 'risk' })
    else if (p.fee >= t.highFee) flags.push({ id: 'high-fee', severity: 'risk' })
    else if (p.fee === 0 && kind === 'validator') flags.push({ id: 'zero-commission', severity: 'warning' })
  }
  if (p.slashedDaysAgo !== null && p.slashedDaysAgo <= t.recentSlashingDays)
    flags.push({ id: 'recent-slashing', severity: 'risk' })
  if (p.jailedDaysAgo !== null && p.jailedDaysAgo <= t.recentJailingDays)
    flags.push({ id: 'recent-jailing', severity: 'warning' })
  if (p.uptime < t.lowUptime) flags.push({ id: 'low-uptime', severity: 'warning' })
  if (kind === 'setup') {
    if (p.share >= t.supermajorityClient) flags.push({ id: 'supermajority-client', severity: 'risk' })
    else if (p.share >= t.majorityClient) flags.push({ id: 'majority-client', severity: 'warning' })
  } else if (kind === 'validator') {
    if (p.share >= t.largeValidatorShare) flags.push({ id: 'large-share', severity: 'risk' })
  } else if (p.share >= t.approachingThird) {
    flags.push({ id: 'approaching-third', severity: 'risk' })
  }
  if (p.operators !== null && kind !== 'exchange' && p.operators < t.fewOperators)
    flags.push({ id: 'few-operators', severity: 'warning' })
  if (p.selfStake === 0) flags.push({ id: 'no-self-stake', severity: 'warning' })
  return flags
}
