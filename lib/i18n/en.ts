import { enCalculator } from './en-calculator'
import { enCalculatorDocs } from './en-calculator-docs'
import { enData } from './en-data'
import { enFeeds, enGlossaryFilter, enProgress, enSearch, enSocial } from './en-discovery'
import { enErrors } from './en-errors'
import { enIslandErrors } from './en-island-errors'
import { enWalkthrough } from './en-walkthrough'

/**
 * Every interface string of the site (not article text). A second language is a new file of the same
 * `Dictionary` shape plus an entry in `dictionaries` (lib/i18n/index.ts).
 */
export const en = {
  site: {
    name: 'Staking Field Guide',
    tagline: 'How DeFi staking really works, explained independently.',
    description:
      'An independent guide to DeFi staking: proof of stake, validators, the kinds of staking, where rewards come from, the risks, and a calculator built on sourced formulas.',
  },
  nav: {
    label: 'Main',
    home: 'Home',
    learn: 'Learn',
    calculator: 'Calculator',
    walkthrough: 'Walkthrough',
    glossary: 'Glossary',
    about: 'About',
  },
  skipToContent: 'Skip to content',
  theme: {
    toDark: 'Switch to dark theme',
    toLight: 'Switch to light theme',
  },
  disclaimer: {
    short: 'Educational only, not financial advice.',
    figures: 'Figures are dated estimates; check the sources before you rely on them.',
    long: 'Everything here is educational and is not financial, investment, legal or tax advice. Staking can lose money. We never tell you where to put yours.',
  },
  footer: {
    independence: 'Independent: no affiliate links, no paid placement, no tracking.',
    label: 'Footer',
    about: 'About and editorial policy',
    embed: 'Embed the calculator on your site',
    corrections: 'Report a correction',
    copyright: (year: number) => `© ${year} Staking Field Guide. Text may be quoted with attribution.`,
  },
  difficulty: {
    label: 'Difficulty',
    beginner: 'Beginner',
    intermediate: 'Intermediate',
    advanced: 'Advanced',
  },
  article: {
    readingTime: (minutes: number) => `${minutes} min read`,
    published: 'Published',
    updated: 'Updated',
    reviewed: 'Fact-checked',
    keyTakeaways: 'Key takeaways',
    onThisPage: 'On this page',
    sources: 'Sources',
    accessed: (date: string) => `accessed ${date}`,
    previous: 'Previous',
    next: 'Next',
    learningPath: 'Learning path',
    related: 'Related articles',
    breadcrumb: 'Breadcrumb',
    scrollableTable: 'Table (scrolls sideways)',
  },
  callout: {
    note: 'Note',
    tip: 'Tip',
    warning: 'Warning',
    risk: 'Risk',
    example: 'Worked example',
    exampleHint: 'illustrative numbers',
  },
  stat: {
    asOf: (date: string) => `as of ${date}`,
    source: 'Source',
  },
  figure: {
    chartAlternative: 'The numbers as a table',
    diagramAlternative: 'The diagram as text',
  },
  term: {
    readMore: 'Read more in the glossary',
    definition: (term: string) => `Definition: ${term}`,
  },
  quiz: {
    title: 'Check your understanding',
    question: (n: number, total: number) => `Question ${n} of ${total}`,
    reveal: 'Show the answer and explanations',
    correct: 'Correct.',
    incorrect: 'Not quite.',
    answerIs: 'Answer:',
    scoreTitle: 'Your score',
    progress: (answered: number, total: number) =>
      `${answered} of ${total} questions answered. Your score appears when you have answered them all.`,
    score: (right: number, total: number) =>
      right === total
        ? `You got all ${total} right on the first try.`
        : `You got ${right} of ${total} right on the first try. The explanations above say why each answer is right or wrong.`,
    restart: 'Start the quiz again',
  },
  home: {
    title: 'Learn how staking really works',
    lead: 'A calm, independent guide to proof-of-stake staking and DeFi: what actually happens to your tokens, where rewards come from, what can go wrong, and how to compare options without anyone selling you one.',
    start: 'Start the learning path',
    /** The second button: every article, by section, to pick from. */
    browse: (count: number) => `Browse all ${count} articles`,
    calculator: 'Try the calculator',
    calculatorText:
      'Turn an APR into what you would actually hold, after fees, compounding, inflation and the wait to withdraw.',
    walkthrough: 'Walk through a stake',
    walkthroughText:
      'Simulate a stake from choosing a validator to withdrawal, including downtime, slashing and unbonding.',
    pathTitle: 'The learning path',
    pathLead: 'Read in order, or jump to what you need. Each article ends with a short self-check.',
    toolsLabel: 'Interactive tools',
    readPolicy: 'Read our editorial policy',
    principlesTitle: 'How we work',
    principles: [
      {
        title: 'Independent',
        text: 'No affiliate links, no paid placement, no tracking scripts. We explain how to choose; we never choose for you.',
      },
      {
        title: 'Sourced and dated',
        text: 'Every rate or statistic names its source and the date it was true for. Formulas link to the specification they come from.',
      },
      {
        title: 'Tested maths',
        text: 'Every number on the site comes from one open calculation engine, tested against independently worked values.',
      },
    ],
  },
  learn: {
    title: 'Learn',
    lead: 'Every article in the learning path, grouped by section. Start with the basics or pick a topic.',
    articles: (n: number) => `${n} article${n === 1 ? '' : 's'}`,
    filters: 'Filter articles',
    /** The title of a filtered /learn page: the chosen section and/or difficulty, e.g. "Learn: Rewards, Beginner". */
    filteredTitle: (chosen: readonly string[]) => `Learn: ${chosen.join(', ')}`,
    sectionFilter: 'Section',
    all: 'All',
    showing: 'Showing {shown} of {total} articles',
    none: 'No article matches both filters. Choose another section or difficulty.',
  },
  glossary: {
    title: 'Glossary',
    description: 'Plain-language definitions of staking and DeFi terms, from APR to withdrawal credentials.',
    lead: (n: number) =>
      `${n} staking and DeFi terms in plain language. Terms underlined in articles open a short definition; this page has the full one.`,
    index: 'Glossary letters',
    aliases: 'Also called:',
    related: 'Related:',
    usedIn: 'Explained in:',
  },
  notFound: {
    title: 'Page not found',
    text: 'We could not find that page. It may have moved, or the link may have a typo.',
    home: 'Go to the home page',
    learn: 'Browse all articles',
  },
  error: enErrors,
  islandError: enIslandErrors,
  calculator: enCalculator,
  calculatorDocs: enCalculatorDocs,
  walkthrough: enWalkthrough,
  data: enData,
  search: enSearch,
  glossaryFilter: enGlossaryFilter,
  feeds: enFeeds,
  social: enSocial,
  progress: enProgress,
}

export type Dictionary = typeof en
