import { enWalkthrough, type WalkthroughStrings } from './en-walkthrough'

export type { WalkthroughStrings } from './en-walkthrough'

/**
 * Walkthrough strings only: the embedded walkthrough renders in the browser, so it must not pull in the
 * whole dictionary (the same strings are `getDictionary().walkthrough` on the server).
 */
export function getWalkthroughStrings(): WalkthroughStrings {
  return enWalkthrough
}
