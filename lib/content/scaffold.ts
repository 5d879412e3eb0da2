import type { Difficulty, SectionId } from './sections'

export type ScaffoldInput = {
  title: string
  section: SectionId
  order: number
  difficulty: Difficulty
  today: string
}

/** The file name an article with this title gets: lower-case words joined by hyphens. */
export function slugForTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`

/**
 * A new article that passes the content check as it is: a draft (so it never publishes by accident) with
 * every required field and a body skeleton that shows the components editors use most.
 */
export function scaffoldArticle({ title, section, order, difficulty, today }: ScaffoldInput): string {
  return `---
title: ${quote(title.trim())}
description: 'One or two sentences (at most 160 characters) saying what the reader will learn.'
section: ${section}
order: ${order}
difficulty: ${difficulty}
published: '${today}'
updated: '${today}'
reviewed: '${today}'
tags: [${section}]
keyTakeaways:
  - 'Replace with the first thing a reader should remember.'
  - 'Replace with the second thing a reader should remember.'
sources:
  - title: 'Replace with the title of a primary source'
    url: 'https://example.org/replace-with-the-source'
    accessed: '${today}'
draft: true
---

{/* Remove "draft: true" above when the article is ready. Guide: CONTRIBUTING.md. */}

## First section

Write in plain language and define terms on first use, for example <Term id="staking">staking</Term>.

<Callout type="note">
  Use a callout for an aside; types are note, tip, warning and risk.
</Callout>

## Check your understanding

<Quiz>
  <Question prompt="Replace with the first question?">
    <Choice correct explanation="Why this answer is right.">The right answer</Choice>
    <Choice explanation="Why this answer is wrong.">A wrong answer</Choice>
  </Question>
  <Question prompt="Replace with the second question?">
    <Choice correct explanation="Why this answer is right.">The right answer</Choice>
    <Choice explanation="Why this answer is wrong.">A wrong answer</Choice>
  </Question>
  <Question prompt="Replace with the third question?">
    <Choice correct explanation="Why this answer is right.">The right answer</Choice>
    <Choice explanation="Why this answer is wrong.">A wrong answer</Choice>
  </Question>
</Quiz>
`
}
