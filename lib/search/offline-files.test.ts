import { describe, expect, it } from 'vitest'
import { parseOfflineFileList } from './offline-files'

describe('parseOfflineFileList', () => {
  it('reads the list the build writes', () => {
    const list = {
      files: ['/pagefind/index/en_1a2b.pf_index', '/pagefind/fragment/en_3c4d.pf_fragment'],
      bytes: 2048,
    }
    expect(parseOfflineFileList(list)).toEqual(list)
  })

  it.each([
    ['not an object', 'files'],
    ['no files', { bytes: 1 }],
    ['a file outside the index folders', { files: ['/pagefind/pagefind.js'], bytes: 1 }],
    ['a file on another site', { files: ['https://evil.example/pagefind/index/a.pf_index'], bytes: 1 }],
    ['a path that climbs out', { files: ['/pagefind/index/../../x.pf_index'], bytes: 1 }],
    ['a negative size', { files: [], bytes: -1 }],
  ])('rejects %s', (_name, json) => {
    expect(parseOfflineFileList(json)).toBeUndefined()
  })
})
