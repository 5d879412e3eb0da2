// Shared by the benchmark scripts: the Chromium to use and the flags it needs on this closed network.
import { findChromium } from '../find-chromium.mjs'

export const CHROMIUM = findChromium()
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function requireChromium() {
  if (!CHROMIUM) {
    console.error('No Chromium found: run `bash scripts/ensure-chromium.sh` first.')
    process.exit(1)
  }
  return CHROMIUM
}
