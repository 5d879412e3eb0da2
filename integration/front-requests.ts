import { stack } from './stack'

/** Requests through the nginx front, shared by the front's integration tests. */
export const getThroughFront = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.https}${path}`, { headers, redirect: 'manual' })

export const cacheStatus = (r: Response) => r.headers.get('x-cache-status')

/** Like the router: RSC requests carry `_rsc` (a hash of their router headers); Next redirects to add it. */
export async function getRsc(path: string, headers: Record<string, string>) {
  const first = await getThroughFront(path, headers)
  const location = first.headers.get('location')
  if (first.status !== 307 || !location?.includes('_rsc')) return first
  await first.text()
  const response = await getThroughFront(location, headers)
  await response.clone().text()
  return response
}

export const SECURITY_HEADERS = [
  'strict-transport-security',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
]
