/**
 * Wraps an `Intl` constructor so that each distinct set of options builds it once (formatters are costly to
 * build and cheap to reuse). Options are keyed by their JSON, so equal objects share one formatter.
 */
export function intlCache<Options, Formatter>(
  make: (options: Options) => Formatter,
): (options: Options) => Formatter {
  const cache = new Map<string, Formatter>()
  return (options) => {
    const key = JSON.stringify(options)
    let formatter = cache.get(key)
    if (formatter === undefined) {
      formatter = make(options)
      cache.set(key, formatter)
    }
    return formatter
  }
}
