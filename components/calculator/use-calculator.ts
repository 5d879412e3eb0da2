import { useCallback, useDeferredValue, useId, useLayoutEffect, useMemo, useReducer, useRef } from 'react'
import { projectStake } from '@/lib/calculator'
import { formReducer, initForm } from '@/lib/scenario/form'
import type { FormAction } from '@/lib/scenario/form'
import { scenarioToStakeInput } from '@/lib/scenario/stake-input'
import type { ParsedScenario } from '@/lib/scenario/types'
import type { CalculatorApi, CalculatorVariant } from './types'
import { useUrlSync } from './use-url-sync'

/** Performance marks: from the keystroke's event time to the committed result, and to the next frame. */
export const INPUT_MARK = 'calculator:input'
export const RESULT_MEASURE = 'calculator:input-to-result'
export const FRAME_MEASURE = 'calculator:input-to-frame'

/**
 * State of one calculator: the form reducer from `lib/scenario/form`, the engine's projection of the current
 * scenario (urgent: it updates with every keystroke), and a deferred copy of the scenario for the heavy
 * sections. With `syncUrl` the query string follows the scenario and back/forward restore it.
 */
export function useCalculator(
  initial: ParsedScenario,
  variant: CalculatorVariant,
  { syncUrl = false } = {},
): CalculatorApi {
  const [state, dispatch] = useReducer(formReducer, initial, (parsed) => initForm(parsed))
  const projection = useMemo(() => projectStake(scenarioToStakeInput(state.scenario)), [state.scenario])
  const deferred = useDeferredValue(state.scenario)
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  const pendingMark = useRef(false)
  const history = useUrlSync(state.scenario, dispatch, syncUrl)

  const act = useCallback(
    (action: FormAction, startTime?: number) => {
      if (action.type === 'edit' && typeof performance !== 'undefined') {
        performance.mark(INPUT_MARK, startTime === undefined ? undefined : { startTime })
        pendingMark.current = true
      }
      history.note(action)
      dispatch(action)
    },
    [history],
  )

  useLayoutEffect(() => {
    if (!pendingMark.current) return
    pendingMark.current = false
    performance.measure(RESULT_MEASURE, INPUT_MARK)
    requestAnimationFrame(() => performance.measure(FRAME_MEASURE, INPUT_MARK))
  }, [state])

  return { state, deferred, projection, act, endEdit: history.endEdit, idPrefix, variant }
}
