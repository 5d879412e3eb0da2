import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

/** The tags WOFF2 names by index (its table directory's "known tags"), up to `fvar`. */
const KNOWN_TAGS =
  'cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG  sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar'
    .match(/.{4} ?/g)!
    .map((tag) => tag.slice(0, 4))

/** A WOFF2 file's tables by tag (transformed tables, glyf and loca, are left transformed). */
function woff2Tables(file: Buffer): Map<string, Buffer> {
  expect(file.toString('latin1', 0, 4)).toBe('wOF2')
  const numTables = file.readUInt16BE(12)
  const compressedLength = file.readUInt32BE(20)
  let at = 48
  const base128 = () => {
    let value = 0
    for (;;) {
      const byte = file[at++]!
      value = value * 128 + (byte & 0x7f)
      if ((byte & 0x80) === 0) return value
    }
  }
  const directory: { tag: string; length: number }[] = []
  for (let i = 0; i < numTables; i++) {
    const flags = file[at++]!
    const tag = (flags & 0x3f) === 0x3f ? file.toString('latin1', at, (at += 4)) : KNOWN_TAGS[flags & 0x3f]!
    const origLength = base128()
    const version = flags >> 6
    const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0
    directory.push({ tag, length: transformed ? base128() : origLength })
  }
  const data = brotliDecompressSync(file.subarray(at, at + compressedLength))
  const tables = new Map<string, Buffer>()
  let offset = 0
  for (const { tag, length } of directory) {
    tables.set(tag, data.subarray(offset, offset + length))
    offset += length
  }
  return tables
}

/** The `fvar` table's axes: tag, min, default, max (16.16 fixed-point values). */
function axes(fvar: Buffer) {
  const first = fvar.readUInt16BE(4)
  const count = fvar.readUInt16BE(8)
  const size = fvar.readUInt16BE(10)
  return Array.from({ length: count }, (_, i) => {
    const at = first + i * size
    const fixed = (o: number) => fvar.readInt32BE(at + o) / 65536
    return { tag: fvar.toString('latin1', at, at + 4), min: fixed(4), default: fixed(8), max: fixed(12) }
  })
}

const root = join(__dirname, '..')
const ours = readFileSync(join(root, 'app/fonts/inter-latin-wght-400-800.woff2'))
const published = readFileSync(
  join(root, 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'),
)

describe('the site font (scripts/instance-font.py)', () => {
  it('spans exactly the weights the site sets, 400 to 800, as app/layout.tsx declares', () => {
    expect(axes(woff2Tables(ours).get('fvar')!)).toEqual([{ tag: 'wght', min: 400, default: 400, max: 800 }])
    expect(readFileSync(join(root, 'app/layout.tsx'), 'utf8')).toContain("weight: '400 800'")
    expect(axes(woff2Tables(published).get('fvar')!)).toEqual([
      { tag: 'wght', min: 100, default: 400, max: 900 },
    ])
  })

  it('keeps every character and feature table of the published font, in fewer bytes', () => {
    const [mine, theirs] = [woff2Tables(ours), woff2Tables(published)]
    expect(mine.get('cmap')!.equals(theirs.get('cmap')!)).toBe(true)
    for (const table of ['GSUB', 'GPOS', 'GDEF', 'kern']) expect(mine.has(table)).toBe(theirs.has(table))
    expect(ours.length).toBeLessThan(published.length * 0.8)
  })
})
