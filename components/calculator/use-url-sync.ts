import { useEffect, useMemo, useRef } from 'react'
import type { Dispatch } from 'react'
import type { FormAction } from '@/lib/scenario/form'
import { parseScenarioQuery } from '@/lib/scenario/parse'
import { scenarioToQueryString } from '@/lib/scenario/serialize'
import type { Scenario } from '@/lib/scenario/types'

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
  const api = useMemo(
    () => ({
      note(action: FormAction) {
        if (action.type === 'load') return
        const field = action.type === 'edit' ? action.field : null
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
    if (query === window.location.search) return
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
  }, [scenario, enabled])

  useEffect(() => {
    if (!enabled) return
    const onPopState = () => {
      mode.current = 'replace'
      pending.current = null
      session.current = null
      dispatch({ type: 'load', parsed: parseScenarioQuery(window.location.search) })
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [enabled, dispatch])

  return api
}
