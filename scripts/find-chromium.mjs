// Prints the path of a usable Chromium, or nothing. Order: CHROMIUM_PATH, PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
// Debian's /usr/bin/chromium, then a browser in Playwright's own cache (for machines that have one).
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

/** Flags that keep Chromium quiet on a closed network and working as root in containers (TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function findChromium() {
  for (const candidate of [
    process.env.CHROMIUM_PATH,
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]) {
    if (candidate && existsSync(candidate)) return candidate
  }
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright')
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)
      .filter((d) => d.startsWith('chromium-'))
      .sort()
      .reverse()) {
      for (const bin of ['chrome-linux/chrome', 'chrome-linux64/chrome']) {
        if (existsSync(join(cache, dir, bin))) return join(cache, dir, bin)
      }
    }
  }
  return undefined
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium()
  if (found) console.log(found)
}
