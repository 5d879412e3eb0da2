import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clientView, clientViewText } from './client-view'
import { snapshot } from './snapshot'

describe('lib/data/figures.client.json (the browser view of the snapshot)', () => {
  it('is up to date with content/data/networks.json (run `npm run data:client` if not)', () => {
    const onDisk = readFileSync(join(process.cwd(), 'lib', 'data', 'figures.client.json'), 'utf8')
    expect(onDisk).toBe(clientViewText(snapshot()))
  })

  it('keeps what the calculator shows and drops the notes and bookkeeping', () => {
    const full = snapshot().figures['ethereum.totalStaked']
    const slim = clientView(snapshot()).figures['ethereum.totalStaked']
    expect(slim).toEqual({
      value: full?.value,
      unit: full?.unit,
      asOf: full?.asOf,
      secondary: full?.secondary,
      source: { title: full?.source.title, url: full?.source.url },
    })
    expect(Object.keys(clientView(snapshot()).figures)).toEqual(Object.keys(snapshot().figures).sort())
  })
})
