import 'client-only'
import { OFFLINE_FILE_LIST, parseOfflineFileList } from '@/lib/search/offline-files'

/**
 * Keeps search working offline once it has been opened: after Pagefind has started, the rest of its index
 * (every index chunk and result fragment, about 390 KB, listed by the build) is downloaded in idle time, two
 * files at a time. The browser's HTTP cache keeps them (their names are content hashes, served with
 * `Cache-Control: immutable` by next.config.mjs), so a later search that needs them finds them there even
 * with no network. Readers who asked to save data (Save-Data) are spared the download.
 */
const LIST_URL = `/pagefind/${OFFLINE_FILE_LIST}`
const PARALLEL = 2

let saving: Promise<void> | undefined
let saved = false

/** Whether every index file has been downloaded (offline, a search then finds everything it would online). */
export function indexSavedForOffline(): boolean {
  return saved
}

function savesData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection
  return connection?.saveData === true
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: 2000 })
    else setTimeout(resolve, 50)
  })
}

async function download(url: string): Promise<void> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${response.status} for ${url}`)
  await response.arrayBuffer()
}

/** Starts saving the index (once per page); resolves when done, and never rejects (a later call retries). */
export function saveIndexForOffline(): Promise<void> {
  saving ??= (async () => {
    if (savesData()) return
    const list = parseOfflineFileList(await (await fetch(LIST_URL, { cache: 'no-cache' })).json())
    if (!list) return
    const queue = [...list.files]
    const worker = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        await idle()
        await download(url)
      }
    }
    await Promise.all(Array.from({ length: PARALLEL }, worker))
    saved = true
  })().catch(() => {
    saving = undefined
  })
  return saving
}
