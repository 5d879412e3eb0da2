/** One glossary entry. The data lives in `content/glossary.ts`; `lib/glossary` validates and indexes it. */
export type GlossaryEntry = {
  /** Stable kebab-case id used in `<Term id="…">` and as the `/glossary#id` anchor. */
  id: string
  /** The term as readers see it, e.g. "APR (annual percentage rate)". */
  term: string
  /** One sentence, at most 200 characters, shown in the popover. Plain text. */
  short: string
  /** A fuller explanation, 1–4 sentences, shown on the glossary page. Plain text. */
  long: string
  /** Ids of related entries (each must exist). */
  related: string[]
  /** Other spellings readers may search for, e.g. "LST" for "liquid staking token". */
  aliases?: string[]
  /**
   * Phrases that contain this term's name or an alias but mean something else, e.g. "Securities and
   * Exchange Commission" for `commission`. The content check never counts them as a use of the term. For
   * a single word used in another sense, mark it in the article instead (see CONTRIBUTING, `<Term>`).
   */
  otherSenses?: string[]
}
