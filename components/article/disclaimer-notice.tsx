import { cn } from '@/components/ui/cn'
import { getDictionary } from '@/lib/i18n'

type DisclaimerNoticeProps = { className?: string }

/** "Educational only, not financial advice", placed next to every article and every result. */
export function DisclaimerNotice({ className = '' }: DisclaimerNoticeProps) {
  const t = getDictionary()
  return (
    <p
      role="note"
      className={cn(
        'flex gap-2 rounded-md border border-line bg-sunken px-3 py-2 text-sm text-muted',
        className,
      )}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor">
        <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm0 4a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm1.25 9h-2.5v-1.5h.5V10h-.5V8.5h2v4.5h.5Z" />
      </svg>
      <span>
        <strong className="font-semibold text-text">{t.disclaimer.short}</strong>{' '}
        <span>{t.disclaimer.figures}</span>
      </span>
    </p>
  )
}
