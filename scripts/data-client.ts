/**
 * `npm run data:client`: writes lib/data/figures.client.json, the slim view of content/data/networks.json
 * that browser code reads (values, units, dates, source titles and links; no notes). `npm run data:refresh`
 * runs it after a refresh; `lib/data/client-view.test.ts` fails when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { clientViewText } from '@/lib/data/client-view'
import type { Snapshot } from '@/lib/data/schema'

const from = process.env.DATA_SNAPSHOT ?? 'content/data/networks.json'
const to = 'lib/data/figures.client.json'
writeFileSync(to, clientViewText(JSON.parse(readFileSync(from, 'utf8')) as Snapshot), 'utf8')
console.log(`Wrote ${to} from ${from}`)
