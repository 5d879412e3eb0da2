/** Id prefix of the page's deeper sections, the same in the server-rendered and the live markup. */
export const DEEP_SECTIONS_ID = 'calculator'
