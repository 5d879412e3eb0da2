import type { Projection } from '@/lib/calculator'
import type { FormAction, FormState } from '@/lib/scenario/form'
import type { ParsedScenario, Scenario, WidgetOptions } from '@/lib/scenario/types'

/** Where a calculator is shown: the full page, inside an article, or in the embeddable widget. */
export type CalculatorVariant = 'page' | 'article' | 'embed'

/** What the hook gives every part of a calculator. */
export type CalculatorApi = {
  state: FormState
  /** The scenario the heavy sections (tables, simulation, chart) render, a beat behind typing. */
  deferred: Scenario
  projection: Projection
  /** Dispatch with timing marks; `startTime` is the input event's `timeStamp`. */
  act: (action: FormAction, startTime?: number) => void
  /** A text field lost focus: the next edit starts a new history entry. */
  endEdit: () => void
  /** Unique prefix for element ids inside this calculator. */
  idPrefix: string
  variant: CalculatorVariant
}

export type CalculatorIslandProps = {
  initial: ParsedScenario
  variant: CalculatorVariant
  compact?: boolean
  /** Level of the calculator's section headings (2 on pages, 3 inside articles). */
  headingLevel?: 2 | 3
  /** The widget's display options (embed only), kept in its links and no-JavaScript form. */
  widget?: WidgetOptions
  /** Rendered next to every result: "Educational only, not financial advice" (a server component). */
  disclaimer: React.ReactNode
}
