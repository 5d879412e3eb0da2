import type { WalkthroughState } from '@/lib/walkthrough/types'

/** `page`: /walkthrough, state in the URL. `embed`: <StakingFlow> in an article, state kept locally. */
export type WalkthroughMode = 'page' | 'embed'

export type HeadingLevel = 2 | 3 | 4 | 5 | 6

/** What every step component receives. */
export type StepProps = {
  state: WalkthroughState
  /** Prefix for element ids, unique per walkthrough on the page. */
  idPrefix: string
  /** Level of the step's own sub-headings (the step heading is one above). */
  subLevel: HeadingLevel
}

/** How a link or form moves through history: `push` for steps (so Back works), `replace` for the rest. */
export type NavKind = 'push' | 'replace'
