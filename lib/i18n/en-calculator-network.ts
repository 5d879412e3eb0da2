/**
 * Strings of a network preset's parts of the calculator: the panel of sourced figures behind a preset and the
 * network model (rate over time, Ethereum credentials and queues). Their code (`network-parts.ts`) loads only
 * when a calculator starts from a network preset, and these strings with it.
 */
export const enCalculatorNetwork = {
  preset: {
    model: (name: string) => `${name} model`,
    explanation: 'How the rate is worked out',
    sources: 'Figures behind it',
    asOf: (date: string) => `as of ${date}`,
    assumption: 'Illustrative assumption',
    changed:
      'You have changed values from the preset; the preset’s sources apply only to the values you kept.',
    reset: 'Reset to the preset',
    totalStaked: {
      label: 'Total ETH staked (sets the APR)',
      hint: 'The APR falls as more ETH is staked: 64 · 82,181.25 / √(S · 10⁹).',
      invalid: 'Total ETH staked must be a number, such as 34560000',
    },
  },
  model: {
    heading: 'Network model',
    rates: {
      label: 'Rate over time',
      constant: 'Constant: today’s rate for the whole period',
      model: 'Follow the network’s model',
      hint: 'The model uses the network’s dated figures; the APR field above is used only for a constant rate.',
    },
    yearly: (parts: string) => `Gross APR ${parts}`,
    year: (year: number, rate: string) => `year ${year}: ${rate}`,
    assumption: {
      ethereum: (staked: string, growth: string) =>
        growth === '0'
          ? `Ethereum’s APR falls with the square root of total ETH staked; the total is held at ${staked} ETH.`
          : `Ethereum’s APR falls with the square root of total ETH staked: ${staked} ETH at the start, changing by ${growth} ETH a year.`,
      solana: (epoch: string, staked: string, epochDays: string) =>
        `Solana’s inflation tapers 15% a year toward 1.5%, from epoch ${epoch}; ${staked} of supply stays staked; an epoch lasts about ${epochDays} days.`,
      cosmos: (bonded: string, goal: string, min: string, max: string) =>
        `Cosmos Hub inflation moves toward its bounds (${min} to ${max}) while the bonded ratio, held at ${bonded}, is away from the ${goal} goal.`,
    },
    credentials: {
      label: 'Withdrawal credentials (solo validator)',
      '0x01': '0x01: rewards above 32 ETH are paid out',
      '0x02': '0x02: rewards compound up to 2,048 ETH',
      hint: 'Since the Pectra upgrade (May 2025) a validator can use 0x02 credentials and keep its rewards staked.',
      compare: (chosen: string, balance: string, other: string, otherBalance: string) =>
        `A solo validator with ${chosen} credentials ends with ${balance} (with ${other}: ${otherBalance}); its effective balance moves in whole ETH.`,
    },
    poolCredentials: {
      label: 'Withdrawal credentials (staking pool, in the path comparison)',
      '0x01': '0x01: the usual choice of pools (Lido’s); rewards paid out',
      '0x02': '0x02: rewards compound in the pool’s validators',
    },
    stakeGrowth: { label: 'Change of total ETH staked a year', hint: 'In ETH; 0 holds today’s total.' },
    entryQueue: {
      label: 'Deposit queue ahead of you',
      hint: (fallback: string) => `In ETH; empty uses ${fallback}.`,
    },
    exitQueue: {
      label: 'Exit queue ahead of you',
      hint: (fallback: string) => `In ETH; empty uses ${fallback}.`,
    },
    partial: {
      heading: 'Withdrawing rewards from a 0x02 validator',
      lead: 'A partial withdrawal request (EIP-7002) takes rewards out without exiting:',
    },
  },
}
