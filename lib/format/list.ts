import { intlCache } from './intl-cache'
import { LOCALE } from './number'

const listFormat = intlCache(
  (type: Intl.ListFormatType) => new Intl.ListFormat(LOCALE, { style: 'long', type }),
)

/** Items joined as a sentence does: ["a", "b", "c"] → "a, b, and c" (or "a, b, or c" for `disjunction`). */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return listFormat(type).format(items)
}
