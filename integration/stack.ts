import { describe } from 'vitest'

/** What scripts/integration/run.mjs started, from its environment. */
export const stack = {
  direct: process.env.STACK_DIRECT ?? 'http://localhost:3121',
  /** Every `next start` behind the front (the fuzz spreads its requests over them). */
  upstreams: (process.env.STACK_UPSTREAMS ?? process.env.STACK_DIRECT ?? 'http://localhost:3121').split(','),
  http: process.env.STACK_HTTP ?? '',
  https: process.env.STACK_HTTPS ?? '',
  httpsPort: Number(process.env.STACK_HTTPS_PORT ?? 8843),
  brotli: process.env.STACK_BROTLI === '1',
  frontUnavailable: process.env.STACK_FRONT_UNAVAILABLE ?? '',
}

/** `describe` when the nginx front runs; otherwise a visible skip that says why. */
export function describeFront(name: string, body: () => void) {
  if (stack.https) return describe(name, body)
  console.warn(`SKIPPED "${name}": ${stack.frontUnavailable || 'the nginx front was not started'}`)
  return describe.skip(`${name} (skipped: ${stack.frontUnavailable || 'no nginx front'})`, body)
}

export const unique = () => Math.random().toString(36).slice(2, 10)
