import type { ChildProcess } from 'node:child_process'

/** Types for the parts of stack.mjs the integration tests import. */
export function spawnNext(options: {
  port: number
  root?: string
  frontNonceKey?: string
  quiet?: boolean
}): ChildProcess
export function waitFor(url: string, what: string, timeoutMs?: number, init?: RequestInit): Promise<void>
