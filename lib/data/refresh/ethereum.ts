import { z } from 'zod'
import { requestJson } from './http'
import { joinUrl, type Probe } from './probe'

/** Gwei as the beacon API writes it: a decimal string (uint64). */
const gwei = z.string().regex(/^\d+$/, 'must be a whole number of Gwei in a string')

/** `GET /eth/v1/beacon/states/{state_id}/validators` (beacon-APIs `getStateValidators`). */
export const ValidatorsResponse = z.object({
  execution_optimistic: z.boolean().optional(),
  finalized: z.boolean().optional(),
  data: z.array(
    z.object({
      index: z.string(),
      balance: gwei,
      status: z.enum([
        'pending_initialized',
        'pending_queued',
        'active_ongoing',
        'active_exiting',
        'active_slashed',
        'exited_unslashed',
        'exited_slashed',
        'withdrawal_possible',
        'withdrawal_done',
      ]),
      validator: z.object({ effective_balance: gwei, slashed: z.boolean() }),
    }),
  ),
})

/**
 * `GET /eth/v1/beacon/states/{state_id}/pending_deposits` (beacon-APIs `getPendingDeposits`,
 * `apis/beacon/states/pending_deposits.yaml`; HTTP 400 before Electra). Only the fields used are checked.
 */
export const PendingDepositsResponse = z.object({
  version: z.string().optional(),
  data: z.array(z.object({ amount: gwei, slot: z.string() })),
})

const GWEI_PER_ETH = 1_000_000_000n

/** Sums Gwei strings exactly (35 M ETH is 3.5e16 Gwei, past Number's exact range) and returns ETH. */
export function sumGweiAsEth(values: readonly string[]): number {
  const total = values.reduce((sum, v) => sum + BigInt(v), 0n)
  return Number(total / GWEI_PER_ETH) + Number(total % GWEI_PER_ETH) / 1e9
}

const ACTIVE = 'active_ongoing,active_exiting,active_slashed'

/**
 * Total active stake, active validators and the exit queue from one request: the sum of effective balances
 * of active validators (`get_total_active_balance`), their count, and the effective balance of those that
 * have initiated an exit (`active_exiting`). About a million entries on mainnet: allow it time.
 */
export const ethereumValidatorsProbe: Probe = {
  network: 'ethereum',
  name: 'beacon API validators',
  ids: ['ethereum.totalStaked', 'ethereum.validatorCount', 'ethereum.exitQueue'],
  bounds: {
    'ethereum.totalStaked': { min: 1_000_000, max: 130_000_000 },
    'ethereum.validatorCount': { min: 1, max: 5_000_000, integer: true },
    'ethereum.exitQueue': { min: 0, max: 130_000_000, swings: true },
  },
  source: {
    title: 'Beacon node API, GET /eth/v1/beacon/states/head/validators (active validators)',
    publisher: 'Ethereum beacon node (beacon-APIs standard)',
    url: 'https://ethereum.github.io/beacon-APIs/#/Beacon/getStateValidators',
  },
  async run({ baseUrl, timeoutMs, fetch }) {
    const url = joinUrl(baseUrl, `/eth/v1/beacon/states/head/validators?status=${ACTIVE}`)
    const { data } = await requestJson(url, ValidatorsResponse, { timeoutMs, fetch })
    const active = data.filter((v) => v.status.startsWith('active_'))
    const exiting = active.filter((v) => v.status === 'active_exiting')
    return [
      {
        id: 'ethereum.totalStaked',
        value: sumGweiAsEth(active.map((v) => v.validator.effective_balance)),
        note: 'Sum of the effective balances of active validators at the head state (get_total_active_balance), read by npm run data:refresh.',
      },
      {
        id: 'ethereum.validatorCount',
        value: active.length,
        note: 'Validators with an active status at the head state, read by npm run data:refresh.',
      },
      {
        id: 'ethereum.exitQueue',
        value: sumGweiAsEth(exiting.map((v) => v.validator.effective_balance)),
        note: 'Effective balance of active validators that have initiated an exit (active_exiting) at the head state, read by npm run data:refresh.',
      },
    ]
  },
}

/**
 * ETH waiting in the deposit (entry) queue: the sum of `state.pending_deposits` amounts (Electra, EIP-6110 and
 * EIP-7251), new validators and top-ups alike. `process_pending_deposits` admits them at the activation churn
 * (256 ETH an epoch at today's stake), so this sum over the churn is the wait a new deposit joins.
 */
export const ethereumDepositsProbe: Probe = {
  network: 'ethereum',
  name: 'beacon API pending deposits',
  ids: ['ethereum.entryQueue'],
  bounds: { 'ethereum.entryQueue': { min: 0, max: 130_000_000, swings: true } },
  source: {
    title: 'Beacon node API, GET /eth/v1/beacon/states/head/pending_deposits',
    publisher: 'Ethereum beacon node (beacon-APIs standard)',
    url: 'https://ethereum.github.io/beacon-APIs/#/Beacon/getPendingDeposits',
  },
  async run({ baseUrl, timeoutMs, fetch }) {
    const url = joinUrl(baseUrl, '/eth/v1/beacon/states/head/pending_deposits')
    const { data } = await requestJson(url, PendingDepositsResponse, { timeoutMs, fetch })
    return [
      {
        id: 'ethereum.entryQueue',
        value: sumGweiAsEth(data.map((d) => d.amount)),
        note: `Sum of ${data.length.toLocaleString('en-US')} pending deposits (new validators and top-ups) at the head state, read by npm run data:refresh.`,
      },
    ]
  },
}
