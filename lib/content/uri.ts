/**
 * Percent-decoding that reports malformed input instead of throwing (`decodeURIComponent('%zz')` throws
 * `URIError: URI malformed`, which would crash the content check and `next build` without a position).
 */
export function tryDecodeURIComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

export function tryDecodeURI(text: string): string | undefined {
  try {
    return decodeURI(text)
  } catch {
    return undefined
  }
}
