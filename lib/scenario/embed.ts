import { SCENARIO_PARAMS, WIDGET_PARAMS } from './params'
import { widgetToSearchParams } from './serialize'
import type { Scenario, WidgetOptions } from './types'

/**
 * The embeddable widget's public contract: where it lives, how it resizes, and the two snippets the
 * "Embed this calculator" dialog and the `/embed` page hand out.
 */
export const EMBED_PATH = '/embed/calculator'

/** The loader script. Versioned by name and cached for a year; a breaking change ships as `/embed.v2.js`. */
export const EMBED_SCRIPT_PATH = '/embed.v1.js'

/** The message the widget posts to its parent whenever its height changes. */
export const RESIZE_MESSAGE_TYPE = 'staking-calculator:resize'

/** Heights `embed.js` accepts from the widget; anything outside is clamped. */
export const FRAME_HEIGHT = { min: 200, max: 4000 } as const

/** Starting heights before the first resize message (and for the plain iframe snippet). */
export const INITIAL_FRAME_HEIGHT = { compact: 560, full: 1200 } as const

/**
 * The recommended sandbox: scripts (the calculator is interactive), same-origin (so the widget keeps its own
 * origin and its resize messages can be verified), popups escaping the sandbox (the attribution link opens
 * the full calculator in a new tab) and forms (the widget's no-JavaScript fallback submits a GET form).
 * No top navigation, no downloads, no modals.
 */
export const EMBED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms'

export const EMBED_TITLE = 'Staking rewards calculator (Staking Field Guide)'

/** Parameters `embed.js` copies from `data-*` attributes, in this order. */
export const EMBED_DATA_PARAMS = [...SCENARIO_PARAMS, ...WIDGET_PARAMS] as const

/** `priceChange` → `data-price-change` (what `dataset.priceChange` reads). */
export const dataAttributeName = (param: string) =>
  `data-${param.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * The widget URL for a scenario. Custom scenarios write every value out, so an embed never changes when the
 * site's defaults do; network scenarios write only what differs from the preset, so they keep following the
 * preset's sourced figures.
 */
export function embedUrl(origin: string, s: Scenario, options: WidgetOptions): string {
  const query = widgetToSearchParams(s, options, { explicit: true }).toString()
  return `${origin}${EMBED_PATH}${query === '' ? '' : `?${query}`}`
}

/** `<iframe …>` with a title, lazy loading, the recommended sandbox and a starting height. */
export function iframeSnippet(origin: string, s: Scenario, options: WidgetOptions): string {
  const height = options.compact ? INITIAL_FRAME_HEIGHT.compact : INITIAL_FRAME_HEIGHT.full
  return [
    `<iframe src="${escapeAttribute(embedUrl(origin, s, options))}"`,
    `  title="${escapeAttribute(EMBED_TITLE)}"`,
    `  width="100%" height="${height}" loading="lazy"`,
    `  sandbox="${EMBED_SANDBOX}"`,
    `  referrerpolicy="strict-origin-when-cross-origin"`,
    `  style="border:0;width:100%;max-width:48rem"></iframe>`,
  ].join('\n')
}

/** `<div data-staking-calculator data-…>` plus the loader script, which builds the iframe and resizes it. */
export function scriptSnippet(origin: string, s: Scenario, options: WidgetOptions): string {
  const params = widgetToSearchParams(s, options, { explicit: true })
  const attributes = [...params].map(
    ([key, value]) => `${dataAttributeName(key)}="${escapeAttribute(value)}"`,
  )
  return [
    `<div data-staking-calculator${attributes.length > 0 ? ' ' : ''}${attributes.join(' ')}></div>`,
    `<script src="${escapeAttribute(origin + EMBED_SCRIPT_PATH)}" async></script>`,
  ].join('\n')
}
