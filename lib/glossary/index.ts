import { glossary } from '@/content/glossary'
import { formPattern, termForms, type GlossaryTermForms } from '@/lib/content/term-links'
import { glossaryEntrySchema } from './schema'
import type { GlossaryEntry } from './types'

const entries: readonly GlossaryEntry[] = glossary

export type { GlossaryEntry } from './types'

/** A problem in the glossary data, located by the entry's id. */
export type GlossaryProblem = { id: string; field: string; message: string }

/** Checks every entry (shape, unique ids, existing related ids). Empty when the glossary is valid. */
export function checkGlossary(list: readonly GlossaryEntry[] = entries): GlossaryProblem[] {
  const problems: GlossaryProblem[] = []
  const ids = new Set<string>()
  for (const [i, entry] of list.entries()) {
    const id = typeof entry.id === 'string' ? entry.id : `#${i}`
    const parsed = glossaryEntrySchema.safeParse(entry)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ id, field: issue.path.join('.') || 'entry', message: issue.message })
      }
    }
    if (ids.has(id)) problems.push({ id, field: 'id', message: `"${id}" is used by two entries` })
    ids.add(id)
  }
  for (const entry of list) {
    const forms = termForms(entry)
    for (const phrase of entry.otherSenses ?? []) {
      if (!forms.some((form) => formPattern(form).test(phrase)))
        problems.push({
          id: entry.id,
          field: 'otherSenses',
          message: `"${phrase}" does not contain "${forms.join('", "')}", so it would never stop a match; list only phrases that contain the term's name or an alias`,
        })
    }
    for (const rel of entry.related) {
      if (!ids.has(rel))
        problems.push({ id: entry.id, field: 'related', message: `"${rel}" is not a glossary id` })
      if (rel === entry.id)
        problems.push({ id: entry.id, field: 'related', message: 'an entry cannot be related to itself' })
    }
  }
  return problems
}

const byId = new Map(entries.map((e) => [e.id, e]))

/** All entries sorted A–Z by term (case- and accent-insensitive). */
export function getGlossary(): GlossaryEntry[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
}

export function getTerm(id: string): GlossaryEntry | undefined {
  return byId.get(id)
}

export function glossaryIds(): Set<string> {
  return new Set(byId.keys())
}

/** The letter an entry is filed under in the A–Z index ("#" for digits and symbols). */
export function indexLetter(entry: GlossaryEntry): string {
  const first = entry.term.normalize('NFD').charAt(0).toUpperCase()
  return /[A-Z]/.test(first) ? first : '#'
}

/** Every entry's id with the ways an article may write it (term, its bracketed expansion, aliases). */
export function glossaryTermForms(): GlossaryTermForms[] {
  return entries.map((e) => ({ id: e.id, forms: termForms(e), otherSenses: e.otherSenses ?? [] }))
}
