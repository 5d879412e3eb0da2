import { cva } from 'class-variance-authority'
import { formatRate, formatTokens } from '@/lib/format'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import type { CalculatorApi } from './types'
import { useSettled } from './use-settled'

const r = enCalculatorIsland.results

export type ResultsBarProps = {
  calc: CalculatorApi
  /** The id of the full results' heading, linked from the bar. */
  resultsId: string
  /** The breakpoint from which results sit beside the form and the bar is not needed. */
  hiddenFrom: 'md' | 'lg'
}

const bar = cva(
  'sticky top-0 z-10 -mx-4 mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 border-b border-line bg-surface/95 px-4 py-2 shadow-sm backdrop-blur sm:-mx-6 sm:px-6',
  { variants: { hiddenFrom: { md: 'md:hidden', lg: 'lg:hidden' } } },
)

/**
 * On screens where the results sit below the form, a compact bar that sticks to the top of the form while it
 * scrolls, so the key result stays in view as the reader types (the keyboard takes the bottom of a phone's
 * screen). The form's fields keep a scroll margin of the bar's height (`RESULTS_BAR_CLEARANCE`), so a focused
 * field is never under it. Announced politely once typing pauses.
 */
export function ResultsBar({ calc, resultsId, hiddenFrom }: ResultsBarProps) {
  const { projection: p, state } = calc
  const symbol = state.scenario.symbol
  const final = formatTokens(p.finalBalance, symbol)
  const announced = useSettled(final, 600)
  return (
    <div data-results-bar className={bar({ hiddenFrom })}>
      <p className="min-w-0 text-sm text-muted">
        {r.finalBalance}{' '}
        <strong className="text-base font-bold break-words text-text tabular-nums">{final}</strong>
        <span className="ml-2 whitespace-nowrap">
          {r.netApr} <span className="font-semibold text-text tabular-nums">{formatRate(p.netApr)}</span>
        </span>
      </p>
      <a
        href={`#${resultsId}`}
        className="text-sm font-semibold whitespace-nowrap text-accent-strong underline"
      >
        {r.allResults}
      </a>
      <p role="status" className="sr-only">
        {r.barAnnouncement(announced)}
      </p>
    </div>
  )
}

/** Scroll margin for the fields of a form with a results bar: focusing a field scrolls it clear of the bar. */
export const RESULTS_BAR_CLEARANCE = {
  md: 'max-md:[&_:is(input,select,textarea)]:scroll-mt-24',
  lg: 'max-lg:[&_:is(input,select,textarea)]:scroll-mt-24',
} as const
