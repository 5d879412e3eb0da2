import type { enSearch } from '@/lib/i18n/en-discovery'

/** The search strings, passed whole to client components (plain strings only). */
export type SearchLabels = typeof enSearch
