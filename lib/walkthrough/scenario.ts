import type { AssumedFigure, NetworkId } from '@/lib/calculator'

/**
 * The simulation's own parameters. None is a measured fact: each is an illustrative assumption that the
 * UI labels as such. Network facts (APRs, minimums, timings, penalties) come from `@/lib/calculator`.
 */

const assumed = (value: number, unit: string, note: string): AssumedFigure => ({
  kind: 'assumption',
  value,
  unit,
  note,
})

/**
 * The reader's simulated wallet balance on each network. Ethereum's is large enough for one 0x02 validator
 * at its 2,048 ETH maximum effective balance (plus the fee), so every amount a validator accepts can be tried.
 */
export const SIMULATED_BALANCE: Record<NetworkId, number> = { ethereum: 2050, cosmos: 500, solana: 100 }

/** Decimal places of each token (ETH 18, ATOM 6 as uatom, SOL 9 as lamports). */
export const TOKEN_DECIMALS: Record<NetworkId, number> = { ethereum: 18, cosmos: 6, solana: 9 }

/** A typical transaction fee per network, paid for staking and again for unstaking. */
export const TRANSACTION_FEE: Record<NetworkId, AssumedFigure> = {
  ethereum: assumed(
    0.002,
    'ETH',
    'Illustrative: Ethereum gas costs vary with demand, often far more or less.',
  ),
  cosmos: assumed(0.005, 'ATOM', 'Illustrative: a delegation costs a small fee in ATOM set by gas price.'),
  solana: assumed(0.000005, 'SOL', 'Illustrative: the base fee of one signature, 5,000 lamports.'),
}

/**
 * Solana stake accounts keep a rent-exempt reserve (returned when the account is closed), noted in the
 * engine's preset for delegated staking.
 */
export const SOLANA_RENT_RESERVE = assumed(
  0.00228,
  'SOL',
  'About 0.00228 SOL stays in a stake account as its rent-exempt reserve and comes back on withdrawal.',
)

/** How long the simulated outage lasts. */
export const DOWNTIME_DAYS = 2

/** The liquid staking token's simulated market discount to its backing. */
export const LIQUID_DISCOUNT = assumed(
  0.05,
  'share of the backing',
  'Illustrative: liquid staking tokens have traded a few percent below their backing during market stress.',
)

/** How long the simulated platform keeps withdrawals paused. */
export const PAUSE_DAYS = assumed(
  30,
  'days',
  'Illustrative: a pause can last days, or years if the platform fails.',
)

/** The clock stops at ten years: a longer simulation teaches nothing new. */
export const MAX_DAYS = 3650
