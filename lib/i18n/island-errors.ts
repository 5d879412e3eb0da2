import { enIslandErrors } from './en-island-errors'

/** What an island that failed says; not in errors.ts, so the error page's strings stay out of every article. */
export function getIslandErrorStrings(): typeof enIslandErrors {
  return enIslandErrors
}
