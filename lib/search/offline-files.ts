/**
 * The list of search index files a reader's browser downloads to search offline: every index chunk, fragment
 * and filter Pagefind wrote (their names are content hashes, so they are cached for a year; see
 * next.config.mjs). Written by `scripts/build-search-index.ts` beside the index, read by the search dialog.
 */
export type OfflineFileList = {
  /** Absolute paths, e.g. `/pagefind/index/en_1a2b3c.pf_index`. */
  files: string[]
  /** Their total size in bytes (already gzip-compressed by Pagefind: what the network carries). */
  bytes: number
}

export const OFFLINE_FILE_LIST = 'offline-files.json'

/** The folders of a Pagefind index whose files a search may need after Pagefind has started. */
export const OFFLINE_FOLDERS = ['index', 'fragment', 'filter'] as const

const FILE = /^\/pagefind\/(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter)$/

/** Reads the list from its JSON; anything else (an old or broken file) is undefined, never an exception. */
export function parseOfflineFileList(json: unknown): OfflineFileList | undefined {
  if (typeof json !== 'object' || json === null) return undefined
  const { files, bytes } = json as Record<string, unknown>
  if (!Array.isArray(files) || !files.every((f): f is string => typeof f === 'string' && FILE.test(f))) {
    return undefined
  }
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) return undefined
  return { files, bytes }
}
