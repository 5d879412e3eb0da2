import type { NetworkId, StakingMethod } from '@/lib/calculator'
import { DOWNTIME_DAYS, MAX_DAYS } from './scenario'
import { INCIDENT_IDS, type IncidentId, type WalkthroughState } from './types'

/** Why an incident cannot happen on this path; the UI words each reason. */
export type IncidentBlock =
  | 'no-protocol-slashing'
  | 'custodial-terms'
  | 'spread-over-validators'
  | 'custodial-operations'
  | 'not-liquid'
  | 'not-exchange'
  | 'already-happened'
  | 'after-slashing'
  | 'unstaking'
  | 'clock-full'

export type IncidentOption = { incident: IncidentId; blockedBy: IncidentBlock | null }

/**
 * Whether a slashing stops the stake earning: yes when all of it sat with the slashed validator (solo,
 * delegated); a pool or protocol loses a share and keeps earning with its other validators.
 */
export function slashingStopsEarning(method: StakingMethod): boolean {
  return method === 'solo' || method === 'delegated'
}

/** Whether an incident can happen at all on a network and method. */
export function incidentApplies(
  incident: IncidentId,
  network: NetworkId,
  method: StakingMethod,
): IncidentBlock | null {
  switch (incident) {
    case 'downtime':
      if (method === 'solo' || method === 'delegated') return null
      return method === 'exchange' ? 'custodial-operations' : 'spread-over-validators'
    case 'slashing':
      if (network === 'solana') return 'no-protocol-slashing'
      return method === 'exchange' ? 'custodial-terms' : null
    case 'discount':
      return method === 'liquid' ? null : 'not-liquid'
    case 'pause':
      return method === 'exchange' ? null : 'not-exchange'
  }
}

/** Every incident with what, if anything, blocks it now. */
export function incidentOptions(state: WalkthroughState): IncidentOption[] {
  const method = state.method
  return INCIDENT_IDS.map((incident) => {
    if (method === null) return { incident, blockedBy: 'not-exchange' as const }
    const fixed = incidentApplies(incident, state.network, method)
    if (fixed !== null) return { incident, blockedBy: fixed }
    if (state.incidents[incident] !== undefined) return { incident, blockedBy: 'already-happened' as const }
    if (state.exit !== null) return { incident, blockedBy: 'unstaking' as const }
    const slashed = state.incidents.slashing !== undefined && slashingStopsEarning(method)
    if (incident === 'downtime' && slashed) return { incident, blockedBy: 'after-slashing' as const }
    if (incident === 'downtime' && state.days + DOWNTIME_DAYS > MAX_DAYS)
      return { incident, blockedBy: 'clock-full' as const }
    return { incident, blockedBy: null }
  })
}

/** Days of the clock on which the stake earned nothing because of the outage. */
export function downtimeDays(state: WalkthroughState): number {
  return state.incidents.downtime === undefined ? 0 : DOWNTIME_DAYS
}
