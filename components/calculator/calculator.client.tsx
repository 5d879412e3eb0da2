'use client'

import type { NetworkId } from '@/lib/calculator'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import { EMBED_PATH } from '@/lib/scenario/embed'
import { scenarioForNetwork } from '@/lib/scenario/form'
import { scenarioToQueryString, widgetToSearchParams } from '@/lib/scenario/serialize'
import { BalanceSection } from './balance-section'
import { CalculatorForm } from './calculator-form'
import { Heading } from '@/components/ui/heading'
import { RESULTS_BAR_CLEARANCE, ResultsBar } from './results-bar'
import { ResultsPanel } from './results-panel'
import type { CalculatorIslandProps } from './types'
import { useCalculator } from './use-calculator'
import { useReportHeight } from './use-report-height'

const t = enCalculatorIsland

/**
 * The calculator inside an article (`<ApyCalculator>`) or the embeddable widget: the same form and results as
 * `/calculator`, without the page's deeper sections. Each instance keeps its own state.
 */
export function CalculatorIsland({
  initial,
  variant,
  compact = false,
  headingLevel = 2,
  widget,
  disclaimer,
}: CalculatorIslandProps) {
  const calc = useCalculator(initial, variant)
  const embed = variant === 'embed'
  const rootRef = useReportHeight<HTMLDivElement>(embed)
  const s = calc.state.scenario
  const fullHref = `/calculator${scenarioToQueryString(s)}`
  const hidden: Record<string, string> = {}
  if (widget)
    for (const [key, value] of widgetToSearchParams(s, widget))
      if (key === 'theme' || key === 'compact') hidden[key] = value
  const presetHref = (network: NetworkId | null) =>
    `${EMBED_PATH}?${widgetToSearchParams(scenarioForNetwork(s, network), widget ?? { theme: 'auto', compact: false })}`
  const sub = (headingLevel + 1) as 3 | 4
  const titleId = `${calc.idPrefix}-title`
  return (
    <div
      ref={rootRef}
      className={
        embed
          ? 'space-y-5 p-4 sm:p-5'
          : // Not a render-when-near block (app/globals.css): its fields would make the browser lay it out anyway.
            'not-prose my-8 space-y-5 rounded-xl border border-line bg-surface p-4 sm:p-6'
      }
    >
      <section aria-labelledby={titleId} className="space-y-5">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <Heading level={embed ? 1 : headingLevel} id={titleId} size={embed ? 2 : undefined}>
            {t.widgetTitle}
          </Heading>
          <a
            href={fullHref}
            target={embed ? '_blank' : undefined}
            rel={embed ? 'noopener' : undefined}
            aria-label={embed ? t.widget.attributionLabel : undefined}
            className="text-sm font-semibold text-accent-strong underline"
          >
            {embed ? t.widget.attribution : t.widget.fullCalculator}
          </a>
        </div>
        {embed && initial.issues.length > 0 ? (
          <div
            role="note"
            className="rounded-lg border-l-4 border-warning bg-warning-soft px-4 py-3 text-sm text-text"
          >
            <p className="font-semibold">{t.widget.issuesHeading}</p>
            <ul className="mt-1 list-disc pl-5">
              {initial.issues.map((issue) => (
                <li key={`${issue.param}:${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="grid gap-6 md:grid-cols-2 md:items-start">
          <div className={embed ? undefined : RESULTS_BAR_CLEARANCE.md}>
            {embed ? null : <ResultsBar calc={calc} resultsId={`${calc.idPrefix}-results`} hiddenFrom="md" />}
            <CalculatorForm
              calc={calc}
              compact={compact}
              action={embed ? EMBED_PATH : '/calculator'}
              hidden={hidden}
              presetHref={embed ? presetHref : undefined}
            />
          </div>
          <ResultsPanel
            calc={calc}
            headingLevel={embed ? 2 : sub}
            disclaimer={disclaimer}
            compact={compact}
          />
        </div>
      </section>
      {compact ? null : <BalanceSection calc={calc} headingLevel={embed ? 2 : sub} />}
    </div>
  )
}
