import { DisclaimerNotice } from '@/components/article/disclaimer-notice'
import { EmbedNetworkDataNote } from '@/components/data/network-data-note-embed'
import type { ParsedWidget } from '@/lib/scenario/types'
import { CalculatorIsland } from './calculator.client'

/**
 * The widget (`/embed/calculator` imports it from this file, so the site page's server components, and the
 * client code they bring, stay out of the embed's graph). Its theme comes from the query and is applied without JavaScript and without touching the
 * reader's stored site theme: `data-embed-theme` sets `color-scheme` on the whole document (app/(embed)/embed-theme.css).
 */
export function CalculatorWidget({ parsed }: { parsed: ParsedWidget }) {
  const { scenario, issues, options } = parsed
  return (
    <div data-embed-theme={options.theme} className="mx-auto w-full max-w-4xl">
      <CalculatorIsland
        initial={{ scenario, issues }}
        variant="embed"
        compact={options.compact}
        widget={options}
        disclaimer={
          <>
            <DisclaimerNotice />
            <EmbedNetworkDataNote network={scenario.network} className="mt-2" />
          </>
        }
      />
    </div>
  )
}
