// Shared by the benchmark scripts: the Chromium to use and the flags it needs on this closed network.
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs'

export const CHROMIUM = findChromium()
export const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS]

export function requireChromium() {
  if (!CHROMIUM) {
    console.error('No Chromium found: run `bash scripts/ensure-chromium.sh` first.')
    process.exit(1)
  }
  return CHROMIUM
}
