import { describe, expect, it } from 'vitest'
import { figure } from '@/lib/data/snapshot'
import { slashingAssumption } from './outcome-assumptions'
import { CALCULATOR_PRESETS } from './presets/calculator'

describe('slashingAssumption (issue item 9)', () => {
  it('applies no slashing on Solana, which has none in the protocol', () => {
    expect(slashingAssumption('solana')).toMatchObject({
      basis: 'no-protocol-slashing',
      annualProbability: 0,
      fraction: 0,
    })
  })

  it('uses an isolated Ethereum slash: 1/4,096 + one validator’s correlation share + penalties until withdrawable', () => {
    // 1/4,096 = 0.000244141; 3 · 32 / S (S ETH staked, from the snapshot); r · 0.625 · (8,192/225) / 365 with the
    // preset's APR r (2.8251 % and 34.56 M ETH gave 0.00200819 of the stake)
    const staked = figure('ethereum.totalStaked').value
    const apr = CALCULATOR_PRESETS['eth-solo'].input.apr
    const a = slashingAssumption('ethereum')
    expect(a.basis).toBe('isolated-slash')
    expect(a.annualProbability).toBe(0.005)
    expect(a.fraction).toBeCloseTo(1 / 4096 + 96 / staked + (apr * 0.625 * (8192 / 225)) / 365, 12)
  })

  it('uses the Cosmos Hub double-sign slash of 5%', () => {
    expect(slashingAssumption('cosmos')).toMatchObject({ basis: 'double-sign', fraction: 0.05 })
  })

  it('keeps an illustrative 1% without a network', () => {
    expect(slashingAssumption(undefined)).toMatchObject({
      basis: 'illustrative',
      fraction: 0.01,
      network: null,
    })
  })
})
