import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { cache } from 'react'

/**
 * How a static part renders in this server render (components/static/static-part.tsx):
 * - `source`: the build-only route app/static-segments/ renders an article's parts in full, between markers;
 * - `placeholder`: prerendering an article in `npm run build` (scripts/build.sh sets STATIC_PARTS=1), each part is
 *   an empty placeholder that scripts/static-segments.ts fills from the source afterwards, so its content stays out
 *   of the RSC payload;
 * - `inline`: anything else (`next dev`, a render at request time, a bare `next build` that no splice follows):
 *   the content, rendered in place as usual.
 */
export type StaticMode = 'source' | 'placeholder' | 'inline'

/** Per render (React's `cache` is scoped to one server request). */
const render = cache(() => ({ source: false }))

/** Called by the source route before it renders an article. */
export function renderStaticSources(): void {
  render().source = true
}

/** Whether this process is `npm run build`'s `next build`, whose output gets its static parts spliced in. */
export function splicingBuild(): boolean {
  return process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD && process.env.STATIC_PARTS === '1'
}

export function staticMode(): StaticMode {
  if (render().source) return 'source'
  return splicingBuild() ? 'placeholder' : 'inline'
}
