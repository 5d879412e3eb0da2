import { bench, describe } from 'vitest'
import { networkRatePath, projectStake, simulateOutcomes } from './index'

const solanaPath = networkRatePath('solana', { days: 36_500 }).path
const ethereumGrowth = networkRatePath('ethereum', { days: 36_500, growthEthPerYear: 500_000 }).path

describe('projectStake', () => {
  bench('100-year daily projection with a series', () => {
    projectStake({
      principal: 32,
      apr: 0.04,
      commission: 0.1,
      compounding: 'daily',
      days: 36_500,
      price: 3000,
      priceChange: 0.5,
    })
  })
})

describe('projectStake with a rate path', () => {
  bench('100-year daily projection on Solana’s taper (one rate per epoch)', () => {
    projectStake({
      principal: 10,
      apr: 0.078,
      commission: 0.05,
      compounding: 'daily',
      days: 36_500,
      price: 150,
      priceChange: 0.5,
      ratePath: solanaPath,
    })
  })
  bench('100-year daily projection on Ethereum with a growing stake (one rate per month)', () => {
    projectStake({
      principal: 32,
      apr: 0.028,
      commission: 0.1,
      compounding: 'daily',
      days: 36_500,
      ratePath: ethereumGrowth,
    })
  })
  bench('building Solana’s 100-year rate path', () => {
    networkRatePath('solana', { days: 36_500 })
  })
})

describe('simulateOutcomes', () => {
  const uncertain = {
    principal: 32,
    apr: 0.04,
    commission: 0.1,
    compounding: 'daily' as const,
    aprDrift: { min: -0.01, max: 0.01 },
    uptime: 0.99,
    slashing: { annualProbability: 0.01, fraction: 0.05 },
    priceRange: { min: 1000, max: 6000 },
    paths: 10_000,
    seed: 1,
  }
  bench('10,000 paths over 1 year', () => {
    simulateOutcomes({ ...uncertain, days: 365 })
  })
  bench('10,000 paths over 10 years', () => {
    simulateOutcomes({ ...uncertain, days: 3650 })
  })
  bench('10,000 paths over 10 years on a rate path', () => {
    simulateOutcomes({ ...uncertain, days: 3650, ratePath: solanaPath })
  })
})
