import { lazy, Suspense, useState } from 'react'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button.client'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import { scenarioToQueryString } from '@/lib/scenario/serialize'
import type { CalculatorApi } from './types'

const t = enCalculatorIsland.share

/** The embed dialog (snippets, preview) loads when it is first opened. */
/** Loaded on first use only (never rendered on the server: it appears after a click). */
const EmbedDialog = lazy(() => import('./embed-dialog').then((m) => ({ default: m.EmbedDialog })))

/**
 * Copy link and "Embed this calculator", right under the results. The CSV download sits once, beside the
 * period table it exports (`period-section.tsx`).
 */
export function ShareBar({ calc }: { calc: CalculatorApi }) {
  const [embedOpen, setEmbedOpen] = useState(false)
  const [embedUsed, setEmbedUsed] = useState(false)
  const query = scenarioToQueryString(calc.state.scenario)
  return (
    <div className="flex flex-wrap items-center gap-3 border-t border-line pt-4">
      <CopyButton
        className="js-only"
        text={() => `${window.location.origin}/calculator${query}`}
        label={t.copyLink}
        copiedMessage={t.copied}
        failedMessage={t.copyFailed}
      />
      <Button
        className="js-only"
        onClick={() => {
          setEmbedUsed(true)
          setEmbedOpen(true)
        }}
      >
        {t.embed}
      </Button>
      {embedUsed ? (
        <Suspense>
          <EmbedDialog open={embedOpen} onOpenChange={setEmbedOpen} scenario={calc.state.scenario} />
        </Suspense>
      ) : null}
    </div>
  )
}
