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
    caption: (symbol: string) => `Balance in ${symbol} by day, with and without compounding`,
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
    lead: 'Unstaking is not instant. The earliest your tokens are usable again, phase by phase:',
    pick: 'Choose a network preset to see its unstaking timeline. Typical waits:',
    total: (days: string) => `Usable after about ${days}`,
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
    assumptionsLabel: 'Simulation assumptions (illustrative)',
    illustrative: [
      'Each year the APR moves up to a quarter above or below the rate you entered.',
      'Validator uptime is 99%.',
      'A slashing event has a 0.5% chance a year and takes 1% of the stake.',
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
    notEligible: 'Not available',
    running: 'running costs',
    noNetwork: 'Choose a network preset to see minimums and unstaking waits per path.',
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
