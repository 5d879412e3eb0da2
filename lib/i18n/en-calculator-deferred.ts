/**
 * Strings of the calculator's code that loads after the first paint: the deeper sections of /calculator
 * (periods, liquidity, outcomes, paths; also rendered on the server) and the embed dialog. Kept out of
 * `en-calculator-island.ts` so the first load does not carry them.
 */
export const enCalculatorDeferred = {
  periods: {
    heading: 'Period by period',
    unit: 'Period',
    year: 'Per year',
    month: 'Per month',
    caption: (unit: 'year' | 'month', symbol: string) => `Balance in ${symbol}, ${unit} by ${unit}`,
    columns: {
      period: 'Period',
      endDay: 'End day',
      start: 'Start balance',
      rewards: 'Rewards',
      end: 'End balance',
      cumulative: 'Rewards so far',
      endValue: 'End value',
    },
    showAll: (n: number) => `Show all ${n} rows`,
    shown: (shown: number, total: number) =>
      `Showing the first ${shown} of ${total} rows; the CSV has them all.`,
    empty: 'A duration of 0 days has no periods.',
  },
  liquidity: {
    heading: 'When can you get it back?',
    lead: 'Unstaking is not instant. When your tokens are usable again, phase by phase (expected, and at worst where they differ):',
    pick: 'Choose a network preset to see its unstaking timeline. Typical waits:',
    total: (days: string) => `Usable after about ${days}`,
    worst: (days: string) => `at worst ${days}`,
    activation: (days: string) => `A new stake starts earning after about ${days}.`,
    activationQueue: (days: string, queue: string) =>
      `A new stake starts earning after about ${days}, behind ${queue} ETH in the deposit queue.`,
    partial: 'partial withdrawal of rewards, EIP-7002',
    days: (d: number) => {
      if (d <= 0) return 'no wait'
      const hours = Math.round(d * 24)
      if (d < 1) return hours < 1 ? 'less than an hour' : `${hours} hour${hours === 1 ? '' : 's'}`
      const rounded = Number(d.toFixed(d < 10 ? 1 : 0))
      return `${rounded} day${rounded === 1 ? '' : 's'}`
    },
    source: 'Source',
    method: (method: string) => `Method: ${method}`,
  },
  outcomes: {
    heading: 'Range of outcomes',
    lead: 'Rates, uptime and prices move. A seeded simulation of 2,000 paths gives this range for the final balance:',
    p10: 'Pessimistic (P10)',
    p50: 'Middle (P50)',
    p90: 'Optimistic (P90)',
    tokens: 'Tokens',
    value: 'Value',
    unavailable: 'This scenario grows too fast to simulate; shorten the period or lower the rate.',
    loss: (share: string) => `Paths ending with fewer tokens than you started with: ${share}.`,
    slashing: {
      'no-protocol-slashing': 'No slashing: the network has none in its protocol.',
      'isolated-slash': (chance: string, share: string) =>
        `A slashing event has a ${chance} chance a year and takes ${share} of the stake (an isolated slash of one validator, with its penalties until it can withdraw).`,
      'double-sign': (chance: string, share: string) =>
        `A slashing event has a ${chance} chance a year and takes ${share} of the stake (the double-signing slash).`,
      illustrative: (chance: string, share: string) =>
        `A slashing event has a ${chance} chance a year and takes ${share} of the stake (illustrative).`,
    },
    assumptionsLabel: 'Simulation assumptions (illustrative)',
    illustrative: [
      'Each year the APR moves up to a quarter above or below the rate you entered.',
      'Validator uptime is 99%.',
      'When a price is given, the final price ranges log-uniformly from half to double the price at the end of the period.',
    ],
  },
  paths: {
    heading: 'Compare staking paths',
    lead: 'The same stake and gross rate through different routes. Fees are illustrative assumptions, not any platform’s prices.',
    columns: {
      path: 'Path',
      fee: 'Fee on rewards',
      netApr: 'Net APR',
      rewards: 'Rewards',
      final: 'Final balance',
      wait: 'Wait to withdraw',
    },
    /** Each path's name in the table (the engine returns only its id). */
    names: {
      solo: 'Solo validator',
      pooled: 'Staking pool',
      liquid: 'Liquid staking token',
      exchange: 'Exchange staking',
    },
    /** Why a path is not available, one sentence per engine code (`PathIneligibility`). */
    ineligible: {
      'not-offered': (network: string, path: string) => `${network} does not offer ${path} in this guide.`,
      'below-minimum': (minimum: string, entered: string) =>
        `Needs at least ${minimum} (you entered ${entered}).`,
      'price-needed': 'A token price is needed to count the fixed monthly running cost.',
    },
    notEligible: 'Not available',
    /** Heading of the notes under the table, one per path that is not available. */
    notEligibleNotes: 'Why a path is not available',
    running: 'running costs',
    noNetwork: 'Choose a network preset to see minimums and unstaking waits per path.',
    /** Under the table on Ethereum: the withdrawal credentials the pool row assumes, then its source link. */
    poolCredentials: (kind: '0x01' | '0x02') =>
      kind === '0x01'
        ? 'Staking pool on Ethereum: its operators’ validators are assumed to use 0x01 withdrawal credentials, as Lido’s do, so rewards are swept out of the validators and counted as paid to you, not restaked (a pool that restakes them compounds later). With 0x02 they would compound inside the validators. Source:'
        : 'Staking pool on Ethereum: its operators’ validators use 0x02 withdrawal credentials here, so rewards compound inside the validators as their effective balance rises a whole ETH at a time. Most pooled validators use 0x01, as Lido’s do:',
  },
  embedDialog: {
    title: 'Embed this calculator',
    lead: 'Paste one of these into your page. Both show the scenario above; readers can change it inside the widget.',
    theme: 'Theme',
    themes: { auto: 'Follow the reader’s system', light: 'Light', dark: 'Dark' },
    compact: 'Compact (main inputs and results only)',
    script: 'Script tag (resizes itself)',
    iframe: 'Plain iframe (fixed height)',
    copy: 'Copy',
    copied: 'Copied.',
    preview: 'Live preview',
    previewTitle: 'Preview of the embedded calculator',
    docs: 'Parameters, sizes and the CSP your site needs',
    close: 'Close',
  },
}
