import { STEP_IDS, type StepId } from './types'

/** Position of a step, 0-based. */
export function stepIndex(step: StepId): number {
  return STEP_IDS.indexOf(step)
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value)
}

/** The later of two steps. */
export function laterStep(a: StepId, b: StepId): StepId {
  return stepIndex(a) >= stepIndex(b) ? a : b
}

export function stepAt(index: number): StepId {
  return STEP_IDS[Math.max(0, Math.min(STEP_IDS.length - 1, index))] ?? 'setup'
}

export const STEP_COUNT = STEP_IDS.length
