import type { IncomingMessage, ServerResponse } from 'node:http'

export type Encoding = 'br' | 'gzip'

export const PRECOMPRESSED_DIR: string

export function preferredEncoding(acceptEncoding: string | null | undefined): Encoding | undefined

export function precompressedFileName(etag: string, encoding: Encoding): string

export function compressPage(html: Buffer): Record<Encoding, Buffer>

export type PrecompressedTotals = { pages: number; raw: number; br: number; gzip: number }

export function writePrecompressed(
  pages: ReadonlyArray<{ file: string; etag: string }>,
  outDir: string,
): PrecompressedTotals

export function precompressedServing(options: {
  /** The folder of the copies (`.next/precompressed`). */
  dir: string
  /** Routes of the prerendered pages (the CSP manifest's keys). */
  routes: Iterable<string>
}): (req: IncomingMessage, res: ServerResponse) => void
