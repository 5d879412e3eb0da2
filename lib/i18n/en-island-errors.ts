/**
 * What an article island says when its code failed in the browser (components/islands/island-boundary.client.tsx).
 * Apart from the error page's strings (en-errors.ts) so that each first-load chunk carries only its own.
 */
export const enIslandErrors = {
  /** Above an interactive part whose code failed, shown in its version without JavaScript. */
  basic:
    'The interactive version of this part could not load; this is its simpler version. Reloading the page may help.',
  /** In place of an interactive part that failed after a navigation (no server version to show). */
  missing: 'This part of the page could not load. Reloading the page may help.',
}
