import { useEffect, useMemo, useRef } from 'react'
import type { Dispatch } from 'react'
import type { FormAction } from '@/lib/scenario/form'
import { scenarioToQueryString } from '@/lib/scenario/serialize'
import type { Scenario } from '@/lib/scenario/types'

/**
 * The query parser (and its schema library) is only needed when the address bar changes under the page (back,
 * forward), so it is loaded then, keeping it out of the first load.
 */
const loadParser = () => import('@/lib/scenario/parse').then((m) => m.parseScenarioQuery)

/** Typing settles for this long before the address bar is rewritten (one history entry per edit). */
const REPLACE_DELAY_MS = 200

/**
 * Keeps the query string equal to the scenario. Each edit session of a field (first keystroke until blur)
 * and each discrete change (a preset, a toggle, a select) becomes one history entry (`pushState`); further
 * keystrokes only rewrite it (`replaceState`). Back and forward reload the scenario from the URL.
 */
export function useUrlSync(scenario: Scenario, dispatch: Dispatch<FormAction>, enabled: boolean) {
  const mode = useRef<'push' | 'replace'>('replace')
  const session = useRef<string | null>(null)
  /** A rewrite still waiting for typing to settle; flushed before the next entry is pushed. */
  const pending = useRef<string | null>(null)
  /** Whether the first sync has run: on mount the address bar wins over the props. */
  const synced = useRef(false)
  const api = useMemo(
    () => ({
      note(action: FormAction) {
        if (action.type === 'load') return
        // Typing in a field (or in a model that sets one) is one entry per field; anything else is its own entry.
        const field = action.type === 'edit' ? action.field : action.type === 'setApr' ? 'rate-model' : null
        if (field === null || session.current !== field) mode.current = 'push'
        session.current = field
      },
      endEdit() {
        session.current = null
      },
    }),
    [],
  )

  useEffect(() => {
    if (!enabled) return
    const query = scenarioToQueryString(scenario)
    const first = !synced.current
    synced.current = true
    if (query === window.location.search) return
    if (first) {
      // Mounted with props that do not match the address bar (e.g. remounted by a back/forward traversal after
      // a reload): the URL describes the scenario. A merely non-canonical URL of the same scenario is rewritten.
      const search = window.location.search
      void loadParser().then((parse) => {
        const fromUrl = parse(search)
        const canonical = scenarioToQueryString(fromUrl.scenario)
        if (canonical !== query) dispatch({ type: 'load', parsed: fromUrl })
        else if (window.location.search === search) {
          window.history.replaceState(
            null,
            '',
            `${window.location.pathname}${canonical}${window.location.hash}`,
          )
        }
      })
      return
    }
    const url = `${window.location.pathname}${query}${window.location.hash}`
    if (mode.current === 'push') {
      mode.current = 'replace'
      if (pending.current !== null) window.history.replaceState(null, '', pending.current)
      pending.current = null
      window.history.pushState(null, '', url)
      return
    }
    pending.current = url
    const timer = setTimeout(() => {
      pending.current = null
      window.history.replaceState(null, '', url)
    }, REPLACE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [scenario, enabled, dispatch])

  useEffect(() => {
    if (!enabled) return
    const onPopState = () => {
      mode.current = 'replace'
      pending.current = null
      session.current = null
      const search = window.location.search
      void loadParser().then((parse) => {
        if (window.location.search === search) dispatch({ type: 'load', parsed: parse(search) })
      })
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [enabled, dispatch])

  return api
}
