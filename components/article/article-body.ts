import type { MDXComponents } from 'mdx/types'
import type { ComponentType } from 'react'
import type { Article } from '@/lib/content'

/** An article's compiled MDX body. */
export type ArticleBody = ComponentType<{ components?: MDXComponents }>

export async function loadArticleBody(article: Article): Promise<ArticleBody> {
  // importPath is `<slug>.mdx` or `<slug>/index.mdx`; the .mdx suffix keeps the bundler to articles only.
  const path = article.importPath.slice(0, -'.mdx'.length)
  const mod = (await import(`@/content/${path}.mdx`)) as { default: ArticleBody }
  return mod.default
}
