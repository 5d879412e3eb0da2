import { enCalculatorMessages } from './en-calculator-messages'

/**
 * Strings of the calculator (page, widget, article component, embed docs). Client islands import this module
 * directly (it is small); the rest of the site reads it as `getDictionary().calculator`.
 */
export const enCalculator = {
  title: 'Staking rewards calculator',
  metaDescription:
    'Turn an APR or APY into what you would actually hold: fees, compounding, inflation, price change, the wait to withdraw and a range of outcomes, with every assumption listed.',
  lead: 'What would you actually end up with, and when could you get it back? Change any value; the results update as you type, and the link always reproduces your scenario.',
  widgetTitle: 'Staking rewards calculator',
  educational: 'Educational only, not financial advice.',
  form: {
    heading: 'Your scenario',
    presetsLegend: 'Start from',
    custom: 'Custom',
    networks: { ethereum: 'Ethereum', cosmos: 'Cosmos Hub', solana: 'Solana' },
    amount: { label: 'Amount staked', hint: 'Tokens you stake at the start.' },
    symbol: { label: 'Token symbol', hint: 'Up to 12 letters or digits, e.g. ETH.' },
    price: { label: 'Token price', hint: 'Optional: price of one token, for values in money.' },
    currency: { label: 'Currency' },
    rateKind: { legend: 'Rate is', apr: 'APR', apy: 'APY' },
    rate: {
      apr: { label: 'APR', hint: 'Annual rate before compounding and before commission.' },
      apy: { label: 'APY', hint: 'Annual yield with compounding, before commission.' },
    },
    compounding: {
      label: 'Compounding',
      hint: 'How often rewards are restaked.',
      options: {
        none: 'None (rewards not restaked)',
        daily: 'Daily',
        weekly: 'Weekly',
        monthly: 'Monthly',
        quarterly: 'Quarterly',
        yearly: 'Yearly',
        continuous: 'Continuous',
        'every-n-days': 'Every N days',
        'per-year': 'N times a year',
      },
      everyNDays: { label: 'Every how many days', hint: 'Must divide the 365-day year: 1, 5, 73 or 365.' },
      perYear: { label: 'Times a year', hint: 'A whole number, e.g. 52 for weekly.' },
    },
    commission: {
      label: 'Commission or platform fee',
      hint: 'Share of rewards kept by the validator or platform.',
    },
    duration: { label: 'Duration', hint: 'How long you stay staked.', unitLegend: 'Duration unit' },
    units: { days: 'days', months: 'months', years: 'years' },
    inflation: { label: 'Network inflation', hint: 'Optional: yearly token issuance, for the real yield.' },
    priceChange: {
      label: 'Price change over the period',
      hint: 'Optional: e.g. −20 if the price falls by a fifth by the end.',
    },
    more: 'Price, inflation and price change',
    update: 'Update results',
    percentUnit: '%',
    perYearUnit: '% a year',
  },
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
  summary: {
    compounding: (how: string) =>
      how === 'none'
        ? 'with rewards not restaked'
        : how === 'continuous'
          ? 'compounded continuously'
          : `compounded ${how}`,
    commission: (percent: string | null) =>
      percent === null ? 'with no commission' : `after a ${percent} commission`,
    rate: (rate: string, kind: string, apr: string | null) =>
      apr === null ? `${rate} ${kind}` : `${rate} ${kind} (${apr} APR)`,
    worth: (value: string) => ` (worth ${value} at the final price)`,
    real: (apy: string, inflation: string) => `, or ${apy} a year after ${inflation} inflation`,
    sentence: (p: {
      amount: string
      days: string
      rate: string
      compounding: string
      commission: string
      final: string
      worth: string
      rewards: string
      apy: string
      real: string
    }) =>
      `Staking ${p.amount} for ${p.days} at ${p.rate}, ${p.compounding}, ${p.commission}, ends with ${p.final}${p.worth}: ${p.rewards} of rewards, an effective APY of ${p.apy}${p.real}.`,
  },
  results: {
    heading: 'Results',
    finalBalance: 'Final balance',
    rewards: 'Rewards',
    netApr: 'Net APR',
    effectiveApy: 'Effective APY',
    realYield: 'Real yield (after inflation)',
    realBalance: 'in today’s share of supply',
    worth: (value: string) => `worth ${value}`,
    atFinalPrice: 'at the final price',
    gain: 'Change in value, price move included',
    noInflation: 'Add network inflation to see the real yield.',
    assumptions: 'Assumptions',
    summaryLabel: 'Summary',
    allResults: 'All results',
    barAnnouncement: (final: string) => `Final balance ${final}`,
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
  chart: {
    heading: 'Balance over time',
    view: 'Show as',
    chart: 'Chart',
    table: 'Table',
    principal: 'Principal',
    rewards: 'Rewards (compounding)',
    simple: 'Balance without compounding',
    balance: 'Balance (compounding)',
    day: 'Day',
    axisDays: 'days',
    loading: 'Loading the chart…',
    axisFromPrincipal: (principal: string) =>
      `The vertical axis starts at the amount staked, ${principal}, not at zero, so the rewards above it are visible.`,
    caption: (symbol: string) => `Balance in ${symbol} by day, with and without compounding`,
    tableOnCalculatorPage: 'See the balance day by day as a table in the full calculator',
    description:
      'Principal and compounded rewards stacked, with the balance if rewards were not restaked as a line.',
  },
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
  share: {
    heading: 'Share and export',
    copyLink: 'Copy link',
    copied: 'Link copied to the clipboard.',
    copyFailed: 'Could not copy; select the address bar and copy the link from there.',
    csv: 'Download CSV',
    csvHint: 'The period table with every assumption and today’s date.',
    embed: 'Embed this calculator',
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
  widget: {
    attribution: 'Staking Field Guide',
    attributionLabel: 'Open this scenario in the full calculator on Staking Field Guide (new tab)',
    fullCalculator: 'Full calculator',
    issuesHeading: 'Some settings in this embed were not valid and were replaced:',
  },
  messages: enCalculatorMessages,
}

export type CalculatorStrings = typeof enCalculator
