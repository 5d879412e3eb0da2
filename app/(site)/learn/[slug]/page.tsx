import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { loadArticleBody } from '@/components/article/article-body'
import { ArticlePageContent } from '@/components/article/article-page'
import { getArticle, getArticles, sectionById } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/page-metadata'

type ArticlePageProps = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }))
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = getArticle((await params).slug)
  if (!article) return {}
  const fm = article.frontmatter
  return pageMetadata({
    path: article.path,
    ownSocialImage: true,
    title: fm.title,
    description: fm.description,
    article: {
      published: fm.published,
      modified: fm.updated,
      section: sectionById(fm.section).title,
      tags: fm.tags,
    },
  })
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = getArticle((await params).slug)
  if (!article) notFound()
  return <ArticlePageContent article={article} Body={await loadArticleBody(article)} />
}
