import { z } from 'zod'
import { ProbeError, requestJson, type FetchLike } from './http'
import type { Probe, ProbeContext } from './probe'

/** A JSON-RPC 2.0 reply: `result`, or an `error` with code and message. */
const RpcReply = z.object({
  jsonrpc: z.literal('2.0'),
  id: z.union([z.number(), z.string(), z.null()]),
  result: z.unknown().optional(),
  error: z.object({ code: z.number(), message: z.string() }).optional(),
})

export const InflationRateResult = z.object({
  total: z.number(),
  validator: z.number(),
  foundation: z.number(),
  epoch: z.number().int(),
})
export const SupplyResult = z.object({
  context: z.object({ slot: z.number() }),
  value: z.object({ total: z.number(), circulating: z.number(), nonCirculating: z.number() }),
})
const VoteAccount = z.object({
  votePubkey: z.string(),
  activatedStake: z.number(),
  epochVoteAccount: z.boolean(),
})
export const VoteAccountsResult = z.object({
  current: z.array(VoteAccount),
  delinquent: z.array(VoteAccount),
})
export const EpochScheduleResult = z.object({
  slotsPerEpoch: z.number().int(),
  leaderScheduleSlotOffset: z.number().int(),
  warmup: z.boolean(),
  firstNormalEpoch: z.number().int(),
  firstNormalSlot: z.number().int(),
})
export const EpochInfoResult = z.object({
  absoluteSlot: z.number().int(),
  epoch: z.number().int(),
  slotIndex: z.number().int(),
  slotsInEpoch: z.number().int(),
})
export const PerformanceSamplesResult = z.array(
  z.object({ slot: z.number().int(), numSlots: z.number().int(), samplePeriodSecs: z.number().int() }),
)

/** Calls one JSON-RPC method; an `error` reply becomes a `ProbeError` with the node's message. */
export async function rpc<T>(
  { baseUrl, timeoutMs, fetch }: ProbeContext & { fetch?: FetchLike },
  method: string,
  params: unknown[],
  result: z.ZodType<T>,
): Promise<T> {
  const reply = await requestJson(baseUrl, RpcReply, {
    timeoutMs,
    fetch,
    body: { jsonrpc: '2.0', id: 1, method, params },
  })
  if (reply.error !== undefined) {
    throw new ProbeError(`${method}: RPC error ${reply.error.code}: ${reply.error.message}`)
  }
  const parsed = result.safeParse(reply.result)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ProbeError(
      `${method}: unexpected result: ${issue?.path.join('.') || 'result'}: ${issue?.message}`,
    )
  }
  return parsed.data
}

const docs = (method: string) => `https://solana.com/docs/rpc/http/${method.toLowerCase()}`
const LAMPORTS_PER_SOL = 1_000_000_000

export const solanaInflationProbe: Probe = {
  network: 'solana',
  name: 'Solana RPC getInflationRate',
  ids: ['solana.inflation', 'solana.referenceEpoch'],
  bounds: {
    'solana.inflation': { min: 0, max: 0.2 },
    'solana.referenceEpoch': { min: 150, max: 100_000, integer: true },
  },
  source: {
    title: 'Solana JSON-RPC getInflationRate (total)',
    publisher: 'Solana mainnet-beta RPC',
    url: docs('getInflationRate'),
  },
  async run(context) {
    const rate = await rpc(context, 'getInflationRate', [], InflationRateResult)
    return [
      {
        id: 'solana.inflation',
        value: rate.total,
        note: `Total inflation for epoch ${rate.epoch}, read by npm run data:refresh.`,
      },
      {
        id: 'solana.referenceEpoch',
        value: rate.epoch,
        note: 'The epoch getInflationRate reported, read by npm run data:refresh.',
      },
    ]
  },
}

/** Staked share: activated stake of every vote account (current and delinquent) over the total supply. */
export const solanaStakeProbe: Probe = {
  network: 'solana',
  name: 'Solana RPC getVoteAccounts ÷ getSupply',
  ids: ['solana.stakedFraction'],
  bounds: { 'solana.stakedFraction': { min: 0.01, max: 1 } },
  source: {
    title: 'Solana JSON-RPC getVoteAccounts (activatedStake) and getSupply (total)',
    publisher: 'Solana mainnet-beta RPC',
    url: docs('getVoteAccounts'),
  },
  async run(context) {
    const [votes, supply] = await Promise.all([
      rpc(context, 'getVoteAccounts', [{ commitment: 'finalized' }], VoteAccountsResult),
      rpc(
        context,
        'getSupply',
        [{ commitment: 'finalized', excludeNonCirculatingAccountsList: true }],
        SupplyResult,
      ),
    ])
    const staked = [...votes.current, ...votes.delinquent].reduce((sum, v) => sum + v.activatedStake, 0)
    if (supply.value.total <= 0) throw new ProbeError('getSupply: total supply is zero')
    const sol = (lamports: number) => Math.round(lamports / LAMPORTS_PER_SOL).toLocaleString('en-US')
    return [
      {
        id: 'solana.stakedFraction',
        value: staked / supply.value.total,
        note: `${sol(staked)} SOL activated stake over ${sol(supply.value.total)} SOL total supply at slot ${supply.context.slot}, read by npm run data:refresh.`,
      },
    ]
  },
}

/**
 * Slots per epoch from the epoch schedule, and the epoch length in days from recent performance samples:
 * slots per epoch × (sample seconds ÷ sample slots) ÷ 86,400.
 */
export const solanaEpochProbe: Probe = {
  network: 'solana',
  name: 'Solana RPC getEpochSchedule + getRecentPerformanceSamples',
  ids: ['solana.slotsPerEpoch', 'solana.epochDays'],
  bounds: {
    'solana.slotsPerEpoch': { min: 1_000, max: 10_000_000, integer: true },
    'solana.epochDays': { min: 0.1, max: 30 },
  },
  source: {
    title: 'Solana JSON-RPC getEpochSchedule, getEpochInfo and getRecentPerformanceSamples',
    publisher: 'Solana mainnet-beta RPC',
    url: docs('getRecentPerformanceSamples'),
  },
  async run(context) {
    const [schedule, info, samples] = await Promise.all([
      rpc(context, 'getEpochSchedule', [], EpochScheduleResult),
      rpc(context, 'getEpochInfo', [{ commitment: 'finalized' }], EpochInfoResult),
      rpc(context, 'getRecentPerformanceSamples', [60], PerformanceSamplesResult),
    ])
    const slots = samples.reduce((n, s) => n + s.numSlots, 0)
    const seconds = samples.reduce((n, s) => n + s.samplePeriodSecs, 0)
    if (slots === 0) throw new ProbeError('getRecentPerformanceSamples: no slots in the samples')
    const secondsPerSlot = seconds / slots
    return [
      {
        id: 'solana.slotsPerEpoch',
        value: schedule.slotsPerEpoch,
        note: `getEpochSchedule at epoch ${info.epoch}, read by npm run data:refresh.`,
      },
      {
        id: 'solana.epochDays',
        value: (schedule.slotsPerEpoch * secondsPerSlot) / 86_400,
        note: `${schedule.slotsPerEpoch.toLocaleString('en-US')} slots × ${secondsPerSlot.toFixed(3)} s a slot (the last ${samples.length} performance samples, epoch ${info.epoch}), read by npm run data:refresh.`,
      },
    ]
  },
}
