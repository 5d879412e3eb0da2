import { enErrors } from './en-errors'

/** Error-page strings only: error boundaries are client components, so they must not pull in the dictionary. */
export function getErrorStrings(): typeof enErrors {
  return enErrors
}
