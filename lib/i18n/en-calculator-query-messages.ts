/**
 * Messages only the query parser (`lib/scenario/parse.ts`, `read-query.ts`) writes: about a link's parameters
 * and what was used instead. The parser runs on the server and, in the browser, loads lazily with back/forward
 * navigation, so these stay out of the calculator's first load (`en-calculator-messages.ts` holds the ones the
 * form needs too). Like those, they never repeat the rejected value.
 */
export const enCalculatorQueryMessages = {
  repeated: (param: string) => `“${param}” appears more than once; the first value is used`,
  empty: (label: string) => `${label} is empty`,
  currency: (list: string) => `Currency must be one of ${list}`,
  network: 'Network must be ethereum, cosmos or solana',
  theme: 'Theme must be light, dark or auto',
  compact: 'Compact must be 1 or 0 (or true or false)',
  rates: 'Rate over time must be constant or model',
  credentials: 'Withdrawal credentials must be 0x01 or 0x02',
  bothRates: 'Give either apr or apy, not both; apr is used',
  /** Tails appended after "; ". */
  using: (value: string) => `using ${value}`,
  usingDefault: (value: string) => `using the default, ${value}`,
  leftOut: 'left out',
}
