'use client'

import {
  Activity,
  lazy,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type RefObject,
} from 'react'
import { catchUpWithReader, holdEarlyPresses, parsedNodes, whenWanted } from './deferred-island-dom'
import { IslandBoundary } from './island-boundary.client'

/**
 * True once any deferred island has committed in this document: from then on a newly mounted island comes from a
 * client-side navigation, not from the server's HTML.
 */
let pageHydrated = false

type LiveProps<P> = { island: ComponentType<P>; islandProps: P; onLive: () => void }

/** Renders the island; once it is live in the browser (hydrated), tells its loader. */
function Live<P extends object>({ island: Island, islandProps, onLive }: LiveProps<P>) {
  useEffect(onLive, [onLive])
  return <Island {...islandProps} />
}

/**
 * An article island whose code stays out of the article's first load. Every article shares one route and so
 * one set of first-load chunks: a static import would put each island's JavaScript on every article, and a
 * plain `React.lazy` would still fetch and hydrate it while the page starts.
 *
 * On the server `serverComponent` (required synchronously by the caller, behind `typeof window`, which the
 * bundler replaces so the browser bundle never contains it) renders in place: readers without JavaScript get
 * the complete HTML. In the browser the island sits in an `<Activity>`, a hydration boundary that React
 * hydrates after the rest of the page and that keeps the server's HTML on screen while its code is missing;
 * the code is fetched only once the island comes within a screen of the viewport or the reader touches it,
 * then React hydrates it in place (the DOM is kept, not replaced). What the reader did meanwhile (a choice
 * ticked, a number typed) is handed to the island once it is live, and presses of its links and buttons wait
 * for it (see holdEarlyPresses). Not a `<Suspense>`
 * boundary on purpose: React's server streams a large Suspense boundary as a hidden segment that only a script
 * reveals, which readers without JavaScript would never see; an Activity boundary is written inline.
 */
export function deferredIsland<P extends object>(
  name: string,
  load: () => Promise<ComponentType<P>>,
  serverComponent: ComponentType<P> | null,
  /** The wrapper element: `span` for an island inside phrasing content (a link, a paragraph). */
  Wrapper: 'div' | 'span' = 'div',
): ComponentType<P> {
  const asDefault = (component: ComponentType<P>) => ({ default: component })
  // Hydrating the server's HTML: wait until the reader nears the island.
  const WhenWanted = lazy(() => whenWanted(name).then(load).then(asDefault))
  // Mounted by a client-side navigation: load now. (Waiting would look for the island in the page being left,
  // whose copy may never come into view, and the navigation would wait on it for good.)
  const Now = lazy(() => load().then(asDefault))
  function DeferredIsland(props: P) {
    // Chosen once per mount, so an island never switches component (which would replace its DOM).
    const [Island] = useState(() => serverComponent ?? (pageHydrated ? Now : WhenWanted))
    useEffect(() => {
      pageHydrated = true
    }, [])
    const container = useRef<HTMLElement>(null)
    const earlyPresses = useRef<{ release: () => void } | null>(null)
    const live = useRef(false)
    const serverHtml = useRef<string | undefined>(undefined)
    // Before the island's code arrives the container holds the server's HTML: kept for IslandBoundary, should the
    // island fail once live.
    useLayoutEffect(() => {
      if (Island === WhenWanted && container.current) serverHtml.current = container.current.innerHTML
    }, [Island])
    const serverNodes = useCallback(() => {
      if (!container.current) return undefined
      // Not live yet: the server's DOM is still there, with whatever the reader did to it meanwhile.
      if (Island === WhenWanted && !live.current) return [...container.current.childNodes]
      return serverHtml.current === undefined ? undefined : parsedNodes(serverHtml.current)
    }, [Island])
    useEffect(() => {
      // Mounted fresh (a client-side navigation), the island's own effect has already run: nothing to hold.
      if (container.current && !live.current) earlyPresses.current = holdEarlyPresses(container.current)
    }, [])
    const onLive = useCallback(() => {
      live.current = true
      if (container.current) catchUpWithReader(container.current)
      earlyPresses.current?.release()
    }, [])
    const onError = useCallback(() => earlyPresses.current?.release(), [])
    return (
      <Wrapper data-island={name} ref={container as RefObject<HTMLDivElement & HTMLSpanElement>}>
        <IslandBoundary inline={Wrapper === 'span'} serverNodes={serverNodes} onError={onError}>
          <Activity mode="visible">
            <Live island={Island} islandProps={props} onLive={onLive} />
          </Activity>
        </IslandBoundary>
      </Wrapper>
    )
  }
  DeferredIsland.displayName = `DeferredIsland(${name})`
  return DeferredIsland
}
