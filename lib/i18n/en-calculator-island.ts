/**
 * Strings the calculator's client islands render on first load (form, preset panel, results, summary, balance
 * chart, share bar, widget). Each island imports this module, never the whole `en-calculator` dictionary: the
 * deeper sections' and the embed dialog's strings (`en-calculator-deferred.ts`) arrive with their own lazily
 * loaded code, and the page's title and lead stay on the server.
 */
export const enCalculatorIsland = {
  widgetTitle: 'Staking rewards calculator',
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
  share: {
    heading: 'Share and export',
    copyLink: 'Copy link',
    copied: 'Link copied to the clipboard.',
    copyFailed: 'Could not copy; select the address bar and copy the link from there.',
    csv: 'Download CSV',
    csvHint: 'The period table with every assumption and today’s date.',
    embed: 'Embed this calculator',
  },
  widget: {
    attribution: 'Staking Field Guide',
    attributionLabel: 'Open this scenario in the full calculator on Staking Field Guide (new tab)',
    fullCalculator: 'Full calculator',
    issuesHeading: 'Some settings in this embed were not valid and were replaced:',
  },
}
