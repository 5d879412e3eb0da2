import type { IncomingMessage, ServerResponse } from 'node:http'

export type Encoding = 'br' | 'gzip'

export const PRECOMPRESSED_DIR: string

export const PRECOMPRESSED_ROUTES_FILE: string

export function preferredEncoding(acceptEncoding: string | null | undefined): Encoding | undefined

export function precompressedFileName(etag: string, encoding: Encoding): string

export function compressPage(html: Buffer): Record<Encoding, Buffer>

export type PrecompressedTotals = { pages: number; raw: number; br: number; gzip: number }

export function writePrecompressed(
  pages: ReadonlyArray<{ route: string; file: string; etag: string }>,
  outDir: string,
): PrecompressedTotals

export function precompressedServing(options: {
  /** The folder of the copies and their list of routes (`.next/precompressed`). */
  dir: string
}): (req: IncomingMessage, res: ServerResponse) => void
