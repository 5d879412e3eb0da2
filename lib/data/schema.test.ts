import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { snapshotProblems, SnapshotSchema } from './schema'

const SNAPSHOT_PATH = 'content/data/networks.json'
const good = {
  label: 'ETH staked (total active balance)',
  value: 36_000_000,
  unit: 'ETH',
  display: 'compact',
  asOf: '2026-11-20',
  retrieved: '2026-11-29',
  method: 'manual',
  source: {
    title: 'beaconcha.in, validators overview',
    publisher: 'beaconcha.in',
    url: 'https://beaconcha.in/validators',
  },
  secondary: false,
  maxAgeDays: 90,
}

describe('SnapshotSchema', () => {
  it('accepts the snapshot the site ships', () => {
    const data: unknown = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8'))
    expect(snapshotProblems(data)).toEqual([])
    expect(Object.keys(SnapshotSchema.parse(data).figures).length).toBeGreaterThan(25)
  })

  it('accepts a complete figure', () => {
    expect(snapshotProblems({ figures: { 'ethereum.totalStaked': good } })).toEqual([])
  })

  it.each([
    [
      'an unknown field',
      { ...good, colour: 'red' },
      'figures.ethereum.totalStaked: Unrecognized key: "colour"',
    ],
    [
      'an impossible date',
      { ...good, asOf: '2026-02-30' },
      'figures.ethereum.totalStaked.asOf: must be a real date written as "YYYY-MM-DD"',
    ],
    [
      'asOf after retrieved',
      { ...good, asOf: '2026-12-01' },
      'figures.ethereum.totalStaked.asOf: asOf must not be after retrieved',
    ],
    [
      'an unknown method',
      { ...good, method: 'guess' },
      'figures.ethereum.totalStaked.method: must be one of: api, spec, governance, manual',
    ],
    [
      'a plain-http source',
      { ...good, source: { ...good.source, url: 'http://beaconcha.in' } },
      'figures.ethereum.totalStaked.source.url: must be a full link starting with https://',
    ],
    [
      'a missing publisher',
      { ...good, source: { title: good.source.title, url: good.source.url } },
      'figures.ethereum.totalStaked.source.publisher: Invalid input: expected string, received undefined',
    ],
    [
      'a fractional maxAgeDays',
      { ...good, maxAgeDays: 1.5 },
      'figures.ethereum.totalStaked.maxAgeDays: must be a whole number',
    ],
    [
      'a non-finite value',
      { ...good, value: Number.POSITIVE_INFINITY },
      'figures.ethereum.totalStaked.value: must be a finite number',
    ],
  ])('reports %s with the path an editor can find', (_what, figure, message) => {
    expect(snapshotProblems({ figures: { 'ethereum.totalStaked': figure } })).toContain(message)
  })

  it('rejects an id that is not network.camelCase', () => {
    expect(snapshotProblems({ figures: { 'Ethereum total': good } })[0]).toMatch(
      /must look like "ethereum.totalStaked"/,
    )
  })
})
