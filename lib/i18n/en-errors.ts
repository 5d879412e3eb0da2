/**
 * Strings of the error pages. Kept apart from the rest of the dictionary because error boundaries are client
 * components loaded on every page: importing the whole dictionary there would ship it to every reader.
 */
export const enErrors = {
  siteName: 'Staking Field Guide',
  title: 'Something went wrong',
  text: 'This page failed to load. Please try again; if it keeps happening, tell us what you were doing.',
  retry: 'Try again',
  home: 'Go to the home page',
  reference: 'Reference:',
}
