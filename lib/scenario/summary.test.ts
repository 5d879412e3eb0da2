import { describe, expect, it } from 'vitest'
import { projectStake } from '@/lib/calculator'
import { parseScenarioQuery } from './parse'
import { scenarioToStakeInput } from './stake-input'
import { summarySentence } from './summary'

const summary = (query: string) => {
  const { scenario } = parseScenarioQuery(query)
  return summarySentence(scenario, projectStake(scenarioToStakeInput(scenario)))
}

describe('summarySentence', () => {
  it.each([
    {
      // 1,000 · (1 + 0.05/365)^365 = 1,051.2675; APY = 5.1267 %.
      query: '',
      text: 'Staking 1,000.00 TOKEN for 365 days at 5.00% APR, compounded daily, with no commission, ends with 1,051.27 TOKEN: 51.27 TOKEN of rewards, an effective APY of 5.13%.',
    },
    {
      // Net APR 5 % · 0.9 = 4.5 %, simple interest for 2 years: 100 · (1 + 0.045 · 2) = 109; price 10 → 8.
      query: 'amount=100&apr=5&commission=10&compounding=none&days=730&price=10&priceChange=-20&symbol=ATOM',
      text: 'Staking 100.00 ATOM for 730 days at 5.00% APR, with rewards not restaked, after a 10.00% commission, ends with 109.00 ATOM (worth $872.00 at the final price): 9.00 ATOM of rewards, an effective APY of 4.50%.',
    },
    {
      // APY 10 % compounded yearly is APR 10 %; real yield (1.10 / 1.02) − 1 = 7.84 %.
      query: 'apy=10&compounding=12&inflation=2',
      text: 'Staking 1,000.00 TOKEN for 365 days at 10.00% APY (9.57% APR), compounded 12 times a year, with no commission, ends with 1,100.00 TOKEN: 100.00 TOKEN of rewards, an effective APY of 10.00%, or 7.84% a year after 2.00% inflation.',
    },
  ])('$query', ({ query, text }) => expect(summary(query)).toBe(text))
})
