import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import remarkArticleImages from './remark-article-images.mjs'

const run = (markdown: string) => {
  const processor = unified().use(remarkParse).use(remarkArticleImages)
  const file = { path: 'content/x/index.mdx', value: markdown }
  return processor.run(processor.parse(file), file)
}

describe('remarkArticleImages', () => {
  it('imports a local image by its decoded path', async () => {
    const tree = await run('![a square](./my%20square.svg)')
    expect(JSON.stringify(tree)).toContain('"value":"./my square.svg"')
  })

  it('fails a malformed percent-escape with the file and position, not a bare URIError', async () => {
    await expect(run('Text.\n\n![a square](./a%zz.svg)')).rejects.toThrow(
      /content\/x\/index\.mdx:3:1.*malformed percent-escape/s,
    )
  })
})
