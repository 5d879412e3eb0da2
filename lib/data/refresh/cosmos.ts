import { z } from 'zod'
import { ProbeError, requestJson } from './http'
import { joinUrl, type Probe, type ProbeContext } from './probe'

/** Cosmos SDK decimals (`sdk.Dec`) and integers arrive as strings: "0.100000000000000000", "10000". */
const dec = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number in a string')
  .transform(Number)
/** Durations as the gRPC gateway writes them: "1814400s". */
const seconds = z
  .string()
  .regex(/^\d+(\.\d+)?s$/, 'must be a duration such as "1814400s"')
  .transform((s) => Number(s.slice(0, -1)))

export const MintInflationResponse = z.object({ inflation: dec })
export const MintParamsResponse = z.object({
  params: z.object({
    mint_denom: z.string(),
    inflation_rate_change: dec,
    inflation_max: dec,
    inflation_min: dec,
    goal_bonded: dec,
  }),
})
export const StakingPoolResponse = z.object({
  pool: z.object({ bonded_tokens: dec, not_bonded_tokens: dec }),
})
export const StakingParamsResponse = z.object({
  params: z.object({ unbonding_time: seconds, max_validators: z.number().int(), bond_denom: z.string() }),
})
export const DistributionParamsResponse = z.object({ params: z.object({ community_tax: dec }) })
export const SlashingParamsResponse = z.object({
  params: z.object({
    signed_blocks_window: dec,
    min_signed_per_window: dec,
    downtime_jail_duration: seconds,
    slash_fraction_double_sign: dec,
    slash_fraction_downtime: dec,
  }),
})
export const SupplyByDenomResponse = z.object({ amount: z.object({ denom: z.string(), amount: dec }) })

const get = <T>({ baseUrl, timeoutMs, fetch }: ProbeContext, path: string, schema: z.ZodType<T>) =>
  requestJson(joinUrl(baseUrl, path), schema, { timeoutMs, fetch })

const lcd = (module: string, what: string) => ({
  title: `Cosmos Hub LCD (gRPC gateway), /cosmos/${module}/v1beta1/${what}`,
  publisher: 'Cosmos Hub node (Cosmos SDK REST API)',
  url: `https://docs.cosmos.network/main/build/modules/${module}`,
})
const share = { min: 0, max: 1 }
const NOTE = 'read by npm run data:refresh.'

export const cosmosMintProbe: Probe = {
  network: 'cosmos',
  name: 'Cosmos LCD mint inflation and params',
  ids: [
    'cosmos.inflation',
    'cosmos.inflationMax',
    'cosmos.inflationMin',
    'cosmos.goalBonded',
    'cosmos.inflationRateChange',
  ],
  bounds: {
    'cosmos.inflation': share,
    'cosmos.inflationMax': share,
    'cosmos.inflationMin': share,
    'cosmos.goalBonded': share,
    'cosmos.inflationRateChange': { min: 0, max: 10 },
  },
  source: lcd('mint', 'inflation and /params'),
  async run(context) {
    const [{ inflation }, { params }] = await Promise.all([
      get(context, '/cosmos/mint/v1beta1/inflation', MintInflationResponse),
      get(context, '/cosmos/mint/v1beta1/params', MintParamsResponse),
    ])
    return [
      { id: 'cosmos.inflation', value: inflation, note: `Current annual inflation from x/mint, ${NOTE}` },
      { id: 'cosmos.inflationMax', value: params.inflation_max, note: `x/mint inflation_max, ${NOTE}` },
      { id: 'cosmos.inflationMin', value: params.inflation_min, note: `x/mint inflation_min, ${NOTE}` },
      { id: 'cosmos.goalBonded', value: params.goal_bonded, note: `x/mint goal_bonded, ${NOTE}` },
      {
        id: 'cosmos.inflationRateChange',
        value: params.inflation_rate_change,
        note: `x/mint inflation_rate_change, ${NOTE}`,
      },
    ]
  },
}

/** Bonded ratio: the staking pool's bonded tokens over the bank supply of the bond denomination. */
export const cosmosStakingProbe: Probe = {
  network: 'cosmos',
  name: 'Cosmos LCD staking pool, params and bank supply',
  ids: ['cosmos.bondedRatio', 'cosmos.unbondingDays'],
  bounds: { 'cosmos.bondedRatio': { min: 0.01, max: 1 }, 'cosmos.unbondingDays': { min: 1, max: 365 } },
  source: lcd('staking', 'pool, /params and /cosmos/bank/v1beta1/supply/by_denom'),
  async run(context) {
    const [{ pool }, { params }] = await Promise.all([
      get(context, '/cosmos/staking/v1beta1/pool', StakingPoolResponse),
      get(context, '/cosmos/staking/v1beta1/params', StakingParamsResponse),
    ])
    const denom = encodeURIComponent(params.bond_denom)
    const { amount } = await get(
      context,
      `/cosmos/bank/v1beta1/supply/by_denom?denom=${denom}`,
      SupplyByDenomResponse,
    )
    if (amount.amount <= 0) throw new ProbeError(`bank supply of ${params.bond_denom} is zero`)
    const atom = (u: number) => Math.round(u / 1e6).toLocaleString('en-US')
    return [
      {
        id: 'cosmos.bondedRatio',
        value: pool.bonded_tokens / amount.amount,
        note: `${atom(pool.bonded_tokens)} ATOM bonded over ${atom(amount.amount)} ATOM supply, ${NOTE}`,
      },
      {
        id: 'cosmos.unbondingDays',
        value: params.unbonding_time / 86_400,
        note: `x/staking unbonding_time, ${NOTE}`,
      },
    ]
  },
}

export const cosmosDistributionProbe: Probe = {
  network: 'cosmos',
  name: 'Cosmos LCD distribution params',
  ids: ['cosmos.communityTax'],
  bounds: { 'cosmos.communityTax': share },
  source: lcd('distribution', 'params'),
  async run(context) {
    const { params } = await get(context, '/cosmos/distribution/v1beta1/params', DistributionParamsResponse)
    return [
      {
        id: 'cosmos.communityTax',
        value: params.community_tax,
        note: `x/distribution community_tax, ${NOTE}`,
      },
    ]
  },
}

/** Snapshot id → x/slashing parameter name. */
const SLASHING_PARAMS = {
  'cosmos.signedBlocksWindow': 'signed_blocks_window',
  'cosmos.minSignedPerWindow': 'min_signed_per_window',
  'cosmos.downtimeJailSeconds': 'downtime_jail_duration',
  'cosmos.slashFractionDoubleSign': 'slash_fraction_double_sign',
  'cosmos.slashFractionDowntime': 'slash_fraction_downtime',
} as const

export const cosmosSlashingProbe: Probe = {
  network: 'cosmos',
  name: 'Cosmos LCD slashing params',
  ids: Object.keys(SLASHING_PARAMS),
  bounds: {
    'cosmos.signedBlocksWindow': { min: 1, max: 10_000_000, integer: true },
    'cosmos.minSignedPerWindow': share,
    'cosmos.downtimeJailSeconds': { min: 0, max: 365 * 86_400 },
    'cosmos.slashFractionDoubleSign': share,
    'cosmos.slashFractionDowntime': share,
  },
  source: lcd('slashing', 'params'),
  async run(context) {
    const { params } = await get(context, '/cosmos/slashing/v1beta1/params', SlashingParamsResponse)
    return Object.entries(SLASHING_PARAMS).map(([id, key]) => ({
      id,
      value: params[key],
      note: `x/slashing ${key}, ${NOTE}`,
    }))
  },
}
