/** Interface strings for search, feeds, sharing and the reader's progress (issue 12). */
export const enSearch = {
  open: 'Search',
  /** Shown beside the header button: the keyboard shortcuts that open search. */
  shortcutHint: 'Press / or Ctrl K to search',
  dialogTitle: 'Search the guide',
  close: 'Close',
  label: 'Search articles, glossary terms and tools',
  placeholder: 'Search, e.g. slashing or APY',
  results: 'Results',
  loading: 'Loading search…',
  searching: 'Searching…',
  unavailable:
    'Search could not load. Check your connection and try again, or browse the learning path and the glossary.',
  offline:
    'You are offline, and this search needs a part of the index that was not saved yet. Reconnect and try again, or browse the learning path and the glossary.',
  incomplete: 'You are offline and the search index was not fully saved yet, so some results may be missing.',
  /** `{query}` is replaced by what the reader typed (strings only: these cross into client components). */
  noResults: 'No results for “{query}”. Try a shorter or different word.',
  /** Plural forms by `Intl.PluralRules` category; `{n}` is the count. */
  resultCount: { one: '{n} result', other: '{n} results' },
  keyboardHelp: 'Use the up and down arrows to choose a result and Enter to open it.',
  sections: { glossary: 'Glossary', tools: 'Tools' },
  page: {
    title: 'Search',
    description: 'Search every article, glossary term and tool of the Staking Field Guide.',
    submit: 'Search',
    noScriptTitle: 'Search needs JavaScript',
    noScript:
      'Search runs in your browser, so it needs JavaScript. Without it, every article is listed below by section, and the glossary has an A–Z index.',
    browse: 'Browse everything',
    glossaryAZ: 'Glossary A–Z',
  },
}

export const enGlossaryFilter = {
  label: 'Filter terms',
  hint: 'Type part of a term or an alias; the list narrows as you type.',
  /** `{shown}` and `{total}` are replaced (a client component fills them in). */
  shown: 'Showing {shown} of {total} terms',
  none: 'No term matches. Try another spelling or the A–Z index.',
}

export const enSocial = {
  glossaryTerms: (n: number) => `${n} terms`,
}

export const enFeeds = {
  title: 'Staking Field Guide: new and updated articles',
  rss: 'RSS feed',
  atom: 'Atom feed',
  json: 'JSON Feed',
  footerLabel: 'Follow new and updated articles:',
  keyTakeaways: 'Key takeaways',
}

/** Strings with `{…}` placeholders: client components fill them in (plain strings cross the boundary). */
export const enProgress = {
  tick: {
    read: 'Read',
    readLabel: 'You have read “{title}”',
    quiz: 'Quiz {right}/{total}',
    quizLabel: 'quiz: {right} of {total} right first time',
  },
  summary: 'You have read {read} of {total} articles.',
  forget: 'Forget my progress',
  forgotten: 'Your progress is forgotten.',
  privacy: 'Your progress is kept only in this browser; nothing is sent anywhere.',
}
