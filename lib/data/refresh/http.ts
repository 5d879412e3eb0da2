import type { z } from 'zod'

/** Why a request gave no usable value; the message is what the refresh table prints. */
export class ProbeError extends Error {
  override name = 'ProbeError'
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

export type JsonClientOptions = {
  /** Per request; a slower request is abandoned and reported as a timeout. */
  timeoutMs: number
  fetch?: FetchLike
}

/** Where a request went, without query strings or credentials, for messages. */
function shortUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.host}${u.pathname}`
  } catch {
    return url
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (issue === undefined) return 'unexpected shape'
  return `${issue.path.join('.') || '(root)'}: ${issue.message}`
}

/**
 * Requests JSON and validates it with a zod schema. Every failure becomes a `ProbeError` with a short
 * reason (timeout, network error, HTTP status, malformed JSON, unexpected shape), never a stack trace.
 */
export async function requestJson<T>(
  url: string,
  schema: z.ZodType<T>,
  options: JsonClientOptions & { body?: unknown },
): Promise<T> {
  const where = shortUrl(url)
  let response: Response
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: options.body === undefined ? 'GET' : 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs),
    })
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new ProbeError(`timed out after ${options.timeoutMs / 1000} s (${where})`)
    }
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)
    throw new ProbeError(`network error: ${cause} (${where})`)
  }
  let text: string
  try {
    text = await response.text()
  } catch {
    throw new ProbeError(`timed out after ${options.timeoutMs / 1000} s reading the response (${where})`)
  }
  if (!response.ok) throw new ProbeError(`HTTP ${response.status} from ${where}`)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ProbeError(`malformed JSON from ${where}`)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw new ProbeError(`unexpected response from ${where}: ${firstIssue(parsed.error)}`)
  return parsed.data
}
