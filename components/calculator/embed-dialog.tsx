import { cn } from '@/components/ui/cn'
import { useEffect, useId, useRef, useState } from 'react'
import { CopyButton } from '@/components/ui/copy-button.client'
import { Dialog } from '@/components/ui/dialog.client'
import { SelectField, controlClass } from '@/components/ui/field'
import { enCalculatorDeferred } from '@/lib/i18n/en-calculator-deferred'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import {
  EMBED_TITLE,
  FRAME_HEIGHT,
  INITIAL_FRAME_HEIGHT,
  RESIZE_MESSAGE_TYPE,
  embedUrl,
  iframeSnippet,
  scriptSnippet,
} from '@/lib/scenario/embed'
import { THEMES } from '@/lib/scenario/params'
import type { WidgetTheme } from '@/lib/scenario/params'
import type { Scenario, WidgetOptions } from '@/lib/scenario/types'

const t = enCalculatorDeferred.embedDialog

export type EmbedDialogProps = { open: boolean; onOpenChange: (open: boolean) => void; scenario: Scenario }

/** "Embed this calculator": both snippets for the current scenario, copy buttons and a live preview. */
export function EmbedDialog({ open, onOpenChange, scenario }: EmbedDialogProps) {
  const [options, setOptions] = useState<WidgetOptions>({ theme: 'auto', compact: false })
  const id = useId()
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  const script = scriptSnippet(origin, scenario, options)
  const iframe = iframeSnippet(origin, scenario, options)
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t.title} description={t.lead} closeLabel={t.close}>
      <div className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id={`${id}-theme`}
            label={t.theme}
            value={options.theme}
            onChange={(e) => setOptions({ ...options, theme: e.target.value as WidgetTheme })}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t.themes[theme]}
              </option>
            ))}
          </SelectField>
          <label className="flex items-center gap-2 self-end py-2 text-sm font-semibold text-text">
            <input
              type="checkbox"
              checked={options.compact}
              onChange={(e) => setOptions({ ...options, compact: e.target.checked })}
              className="size-5 accent-[var(--c-accent)]"
            />
            {t.compact}
          </label>
        </div>
        <Snippet id={`${id}-script`} label={t.script} text={script} />
        <Snippet id={`${id}-iframe`} label={t.iframe} text={iframe} />
        <Preview src={embedUrl(origin, scenario, options)} compact={options.compact} />
        <p>
          <a href="/embed" className="font-semibold text-accent-strong underline">
            {t.docs}
          </a>
        </p>
      </div>
    </Dialog>
  )
}

function Snippet({ id, label, text }: { id: string; label: string; text: string }) {
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-semibold text-text">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        value={text}
        rows={text.split('\n').length + 1}
        spellCheck={false}
        className={cn(controlClass, 'font-mono text-xs leading-relaxed')}
        onFocus={(e) => e.currentTarget.select()}
      />
      <CopyButton
        text={text}
        label={`${t.copy}: ${label}`}
        copiedMessage={t.copied}
        failedMessage={enCalculatorIsland.share.copyFailed}
      />
    </div>
  )
}

/**
 * The widget as embedders will see it, resized by the same message `embed.js` listens for. Unsandboxed: it is
 * our own page on our own origin, where `allow-scripts` with `allow-same-origin` would protect nothing and
 * only make the browser warn that the frame can remove its sandbox. Embedders on other origins get the sandbox
 * from the snippets.
 */
function Preview({ src, compact }: { src: string; compact: boolean }) {
  const ref = useRef<HTMLIFrameElement>(null)
  const [height, setHeight] = useState<number>(
    compact ? INITIAL_FRAME_HEIGHT.compact : INITIAL_FRAME_HEIGHT.full,
  )
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data
      if (event.origin !== window.location.origin || event.source !== ref.current?.contentWindow) return
      if (typeof data !== 'object' || data === null || !('type' in data) || data.type !== RESIZE_MESSAGE_TYPE)
        return
      const next = Number((data as { height?: unknown }).height)
      if (Number.isFinite(next))
        setHeight(Math.min(FRAME_HEIGHT.max, Math.max(FRAME_HEIGHT.min, Math.round(next))))
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [])
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold text-text">{t.preview}</p>
      <iframe
        ref={ref}
        src={src}
        title={`${t.previewTitle}: ${EMBED_TITLE}`}
        style={{ height }}
        className="block w-full rounded-lg border border-line"
      />
    </div>
  )
}
