/** An article whose `reviewed` date is older than this gets a warning from the content check. */
export const REVIEW_MAX_AGE_DAYS = 365

/** Words per minute for the reading-time estimate shown on article pages. */
export const WORDS_PER_MINUTE = 220

/** Article length the learning path expects (body text, quiz excluded); outside it is a warning. */
export const MIN_WORDS = 800
export const MAX_WORDS = 2500
