import type { EthereumCredentials, NetworkId, StakingMethod } from '@/lib/calculator'

/** The walkthrough's steps, in order. The URL names them (`?step=amount`). */
export const STEP_IDS = [
  'setup',
  'provider',
  'amount',
  'review',
  'activation',
  'rewards',
  'incidents',
  'unstake',
  'summary',
] as const
export type StepId = (typeof STEP_IDS)[number]

export const NETWORK_IDS = ['ethereum', 'cosmos', 'solana'] as const satisfies readonly NetworkId[]
export const METHOD_IDS = [
  'solo',
  'delegated',
  'pooled',
  'liquid',
  'exchange',
] as const satisfies readonly StakingMethod[]

/** What the reader can make go wrong while the stake runs (step 7). */
export const INCIDENT_IDS = ['downtime', 'slashing', 'discount', 'pause'] as const
export type IncidentId = (typeof INCIDENT_IDS)[number]

/**
 * How the stake leaves: `standard` is the network's (or platform's) own exit; a liquid staking token is
 * either sold on a market (`swap`) or redeemed through the protocol (`redeem`).
 */
export const EXIT_ROUTES = ['standard', 'swap', 'redeem'] as const
export type ExitRoute = (typeof EXIT_ROUTES)[number]

/**
 * Withdrawal credentials of a solo Ethereum validator, chosen before signing: `0x01` sweeps rewards above
 * 32 ETH to the withdrawal address; `0x02` (EIP-7251) keeps them in the validator, compounding.
 */
export const CREDENTIAL_IDS = ['0x01', '0x02'] as const satisfies readonly EthereumCredentials[]
export type CredentialsId = (typeof CREDENTIAL_IDS)[number]

/** Time-control steps offered in the rewards step, in days. */
export const ADVANCE_DAYS = [1, 7, 30, 365] as const
export type AdvanceDays = (typeof ADVANCE_DAYS)[number]

export type WalkthroughState = {
  /** The step on screen. */
  step: StepId
  /** The furthest step reached; every step up to it can be revisited. */
  reached: StepId
  network: NetworkId
  method: StakingMethod | null
  /** Id of the simulated validator, setup, pool, protocol or platform. */
  provider: string | null
  /** The amount as the reader typed it ('' when none); validity is derived (see `amount.ts`). */
  amount: string
  /** Solo Ethereum: the validator's withdrawal credentials (`0x01` everywhere else, where none apply). */
  credentials: CredentialsId
  /** Restake rewards (only where the reader can choose; see `restake.ts`). */
  restake: boolean
  /** Days since the stake became active (the simulated clock). */
  days: number
  /** The day each triggered incident began. */
  incidents: Partial<Record<IncidentId, number>>
  /** How unstaking was requested; `null` while the stake is still staked. */
  exit: ExitRoute | null
}

export type WalkthroughEvent =
  | { type: 'SELECT_NETWORK'; network: NetworkId }
  | { type: 'SELECT_METHOD'; method: StakingMethod }
  | { type: 'SELECT_PROVIDER'; provider: string }
  | { type: 'SUBMIT_AMOUNT'; amount: string }
  | { type: 'SET_CREDENTIALS'; credentials: CredentialsId }
  | { type: 'SIGN' }
  | { type: 'ACTIVATE' }
  | { type: 'ADVANCE'; days: number }
  | { type: 'SET_RESTAKE'; restake: boolean }
  | { type: 'TRIGGER'; incident: IncidentId }
  | { type: 'UNSTAKE'; route: ExitRoute }
  | { type: 'WITHDRAW' }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'GOTO'; step: StepId }
  | { type: 'RESTART' }

export type WalkthroughEventType = WalkthroughEvent['type']

/** Why the amount is not accepted; the UI words each code (lib/i18n/en-walkthrough.ts). */
export type AmountProblem =
  | { code: 'amount-empty' }
  | { code: 'amount-not-number' }
  | { code: 'amount-zero' }
  | { code: 'amount-decimals'; decimals: number }
  | { code: 'amount-below-minimum'; minimum: number }
  /** Solo Ethereum, 0x01: only 32 ETH counts, `excess` earns nothing; ⌊amount / 32⌋ validators would fit it. */
  | { code: 'amount-above-0x01'; effective: number; excess: number; validators: number }
  /** Solo Ethereum, 0x02: one validator's effective balance stops at 2,048 ETH. */
  | { code: 'amount-above-0x02'; maximum: number }
  | { code: 'amount-above-balance'; available: number }

/** A refused event: a code the UI words, never an exception. */
export type Rejection =
  | AmountProblem
  | { code: 'wrong-step'; expected: readonly StepId[] }
  | { code: 'locked-signed' }
  | { code: 'locked-unstaking' }
  | { code: 'locked-incident' }
  | { code: 'unknown-network' }
  | { code: 'not-offered'; method: StakingMethod }
  | { code: 'unknown-provider' }
  | { code: 'incomplete' }
  | { code: 'already-done' }
  | { code: 'slashed' }
  | { code: 'too-long'; maxDays: number }
  | { code: 'bad-advance' }
  | { code: 'restake-fixed' }
  | { code: 'credentials-fixed' }
  | { code: 'incident-unavailable'; incident: IncidentId }
  | { code: 'bad-route' }
  | { code: 'first-step' }
  | { code: 'not-reached' }
  | { code: 'unknown-event' }

export type TransitionResult = { ok: true; state: WalkthroughState } | { ok: false; rejection: Rejection }
