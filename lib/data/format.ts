import { intlCache } from '@/lib/format/intl-cache'
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from '@/lib/i18n'
import type { NetworkFigure } from './schema'

/** Cached formatters (constructing one costs far more than formatting with it). */
const numberFormat = intlCache(
  ({ tag, ...options }: Intl.NumberFormatOptions & { tag: string }) => new Intl.NumberFormat(tag, options),
)

/**
 * A figure as readers see it, by its `display`: `percent` → "4.18%", `compact` → "35.63 million ETH",
 * `number` → "993,342 validators".
 */
export function formatFigure(
  f: Pick<NetworkFigure, 'value' | 'unit' | 'display'>,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const tag = INTL_LOCALE[locale]
  if (f.display === 'percent') {
    return numberFormat({ tag, style: 'percent', maximumFractionDigits: 3 }).format(f.value)
  }
  const options: Intl.NumberFormatOptions =
    f.display === 'compact'
      ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }
      : { maximumFractionDigits: 3 }
  return `${numberFormat({ tag, ...options }).format(f.value)} ${f.unit}`
}
