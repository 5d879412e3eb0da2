/**
 * Messages about calculator inputs, shared by the form and the query parser. Plain strings and small functions,
 * imported directly by the scenario modules and the calculator's client islands (never the whole dictionary,
 * which would ship to every reader); messages only the parser writes are in `en-calculator-query-messages.ts`.
 * Messages never repeat the rejected value: a hostile link must not get its text onto the page.
 */
export const enCalculatorMessages = {
  labels: {
    network: 'Network',
    amount: 'Amount',
    apr: 'APR',
    apy: 'APY',
    compounding: 'Compounding',
    commission: 'Commission',
    days: 'Duration',
    price: 'Token price',
    priceChange: 'Price change',
    inflation: 'Inflation',
    symbol: 'Token symbol',
    currency: 'Currency',
    theme: 'Theme',
    compact: 'Compact',
    rates: 'Rate over time',
    stakeGrowth: 'Change of ETH staked a year',
    credentials: 'Withdrawal credentials',
    entryQueue: 'Deposit queue',
    exitQueue: 'Exit queue',
    poolCredentials: 'Pool withdrawal credentials',
  },
  tooLong: (label: string, max: number) => `${label} is too long (${max} characters at most)`,
  notNumber: (label: string) => `${label} must be a number, such as 1000 or 2.5`,
  decimalComma: (label: string) =>
    `${label} takes a point for decimals, such as 1.5; a comma only separates thousands, as in 1,000`,
  notFinite: (label: string) => `${label} must be a finite number`,
  range: (label: string, min: string, max: string) => `${label} must be between ${min} and ${max}`,
  wholeDays: 'Duration must be a whole number of days',
  compounding:
    'Compounding must be none, daily, weekly, monthly, quarterly, yearly, continuous or a whole number of periods per year',
  symbol: 'Token symbol must be 1 to 12 letters, digits, dots, dashes or underscores',
  apyTooHigh: 'With this compounding, that APY means an APR above 1,000%',
  everyNDays: 'Enter a whole number of days',
  /** Tail for a field being edited: results keep the last valid value. */
  resultsUse: (value: string) => `Results use ${value}.`,
  resultsOmit: 'Results leave it out.',
  required: (label: string) => `${label} is needed`,
  timesAYear: (n: string) => `${n} times a year`,
  /** The token noun after an amount, singular and plural (chosen by `formatQuantity`). */
  token: { one: 'token', other: 'tokens' },
  figureLabels: {
    totalStakedEth: 'Total ETH staked',
    inflation: 'Inflation (model figure)',
    bondedRatio: 'Share of supply staked (bonded ratio)',
    communityTax: 'Community tax',
    stakedFraction: 'Share of supply staked',
  } as Record<string, string>,
  typicalFee: (method: string) => `Typical fee (${method})`,
  noFee: 'No fee assumed.',
}

export type CalculatorMessages = typeof enCalculatorMessages
