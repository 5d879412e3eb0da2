/**
 * Calculator strings only the server needs: the parameter reference on /embed and the CSV export. Kept out of
 * `en-calculator.ts`, which the calculator's client islands import.
 */
export const enCalculatorDocs = {
  paramDocs: {
    network: 'Start from a network preset; its sourced figures fill every parameter you leave out.',
    amount: 'Tokens staked at the start.',
    apr: 'Gross annual rate in percent (apr=5 is 5%), before compounding and commission.',
    apy: 'Gross annual yield in percent, instead of apr; its APR under the chosen compounding must be at most 1,000%.',
    compounding: 'How often rewards are restaked, or a whole number of times a year.',
    commission: 'Share of rewards kept by the validator or platform, in percent.',
    days: 'Duration in whole days.',
    price: 'Fiat price of one token at the start. Empty: no fiat values.',
    priceChange: 'Price change over the whole period, in percent (−20 = falls by a fifth).',
    inflation: 'Annual network inflation in percent, for the real yield. Empty removes a preset’s.',
    symbol: 'Token symbol shown with amounts.',
    currency: 'ISO 4217 currency for fiat values.',
    theme: 'Widget only: colours. auto follows the reader’s system.',
    compact: 'Widget only: main inputs and results (present, 1 or true to switch on).',
    rates:
      'With a network: constant holds today’s rate; model follows the network’s own rule over time (Solana’s inflation taper, Ethereum’s APR from total ETH staked, Cosmos Hub inflation moving toward its bounds).',
    stakeGrowth:
      'Ethereum with rates=model: how much total ETH staked changes each year, in ETH (it lowers or raises the APR).',
    credentials:
      'Ethereum solo: 0x01 sweeps rewards above 32 ETH to your address; 0x02 keeps them in the validator, compounding up to 2,048 ETH.',
    entryQueue: 'Ethereum: ETH waiting in the deposit queue ahead of you (default: the latest dated figure).',
    exitQueue: 'Ethereum: ETH waiting in the exit queue ahead of you (default: the latest dated figure).',
    poolCredentials:
      'Ethereum: the withdrawal credentials of the staking pool’s validators in the path comparison; 0x01 (as Lido’s) pays rewards out, 0x02 compounds them in the validators.',
  },
  csv: {
    title: 'Staking Field Guide: staking rewards calculation',
    generated: 'Generated on',
    link: 'Scenario link',
    assumption: 'Assumption',
    setting: 'Setting',
    value: 'Value',
    noPrice: 'not given',
  },
}
