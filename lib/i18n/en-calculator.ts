import { enCalculatorDeferred } from './en-calculator-deferred'
import { enCalculatorIsland } from './en-calculator-island'
import { enCalculatorMessages } from './en-calculator-messages'
import { enCalculatorNetwork } from './en-calculator-network'
import { enCalculatorQueryMessages } from './en-calculator-query-messages'

/**
 * Strings of the calculator (page, widget, article component, embed docs), as the rest of the site reads them
 * (`getDictionary().calculator`). Client islands import only the part they render: `en-calculator-island.ts`
 * (first load), `en-calculator-network.ts` (network presets, loaded with them), `en-calculator-deferred.ts`
 * (lazily loaded sections and dialog), `en-calculator-messages.ts` (input messages) and
 * `en-calculator-query-messages.ts` (the query parser's).
 */
export const enCalculator = {
  title: 'Staking rewards calculator',
  metaDescription:
    'Turn an APR or APY into what you would actually hold: fees, compounding, inflation, price change, the wait to withdraw and a range of outcomes, with every assumption listed.',
  lead: 'What would you actually end up with, and when could you get it back? Change any value; the results update as you type, and the link always reproduces your scenario.',
  educational: 'Educational only, not financial advice.',
  ...enCalculatorIsland,
  ...enCalculatorNetwork,
  ...enCalculatorDeferred,
  messages: { ...enCalculatorMessages, ...enCalculatorQueryMessages },
}

export type CalculatorStrings = typeof enCalculator
