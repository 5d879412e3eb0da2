import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import type * as NetworkPartsModule from './network-parts'

type NetworkParts = typeof NetworkPartsModule

/**
 * On the server the parts are required synchronously, so the HTML (what readers without JavaScript get) always
 * carries the preset's panel and fields in place. `typeof window` is a build-time constant: browser bundles
 * drop this branch and, with it, the static reference to the parts.
 */
const serverParts: NetworkParts | undefined =
  typeof window === 'undefined'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- server-only branch, see above
      (require('./network-parts') as NetworkParts)
    : undefined

let browserParts: NetworkParts | undefined
let loading: Promise<NetworkParts> | undefined

/** In the browser: loads the parts once; every calculator on the page shares the load. */
function loadNetworkParts(): Promise<NetworkParts> {
  loading ??= import('./network-parts').then((parts) => (browserParts = parts))
  return loading
}

// A link that starts from a preset (`?network=…`) needs the parts at once: load them beside the page's own
// scripts, so they are there when the calculator hydrates.
if (typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('network'))
  void loadNetworkParts()

/**
 * Renders `render(parts)` with the network parts (in a wrapper `div` that hides itself when they render
 * nothing). In the browser their code loads the first time a network preset is shown. Until it has, the
 * wrapper keeps the server-rendered markup as it is: an element with `dangerouslySetInnerHTML` is not hydrated
 * further, so the preset's panel stays visible (inert for that moment) rather than blank. No Suspense boundary:
 * React streams a large completed boundary out of place, and without JavaScript it would stay hidden.
 */
export function WithNetworkParts({ render }: { render: (parts: NetworkParts) => ReactNode }) {
  const [parts, setParts] = useState<NetworkParts | undefined>(serverParts ?? browserParts)
  useEffect(() => {
    if (parts === undefined) void loadNetworkParts().then(setParts)
  }, [parts])
  if (parts === undefined)
    return <div className="empty:hidden" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />
  return <div className="empty:hidden">{render(parts)}</div>
}
