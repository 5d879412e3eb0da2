import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'

/** "Educational only, not financial advice" next to every result of the walkthrough. */
export function ResultDisclaimer() {
  const t = getWalkthroughStrings()
  return (
    <p role="note" className="rounded-md border border-line bg-sunken px-3 py-2 text-sm text-muted">
      <strong className="font-semibold text-text">{t.disclaimer.short}</strong> {t.disclaimer.long}
    </p>
  )
}
