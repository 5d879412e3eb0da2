import { notFound } from 'next/navigation'
import { socialImage } from '@/components/seo/social-image'
import { getArticle, getArticles, sectionById } from '@/lib/content'
import { getDictionary } from '@/lib/i18n'
import { SOCIAL_IMAGE_SIZE } from '@/lib/seo/social-fonts'

const t = getDictionary()

export const alt = 'The article’s title, section and difficulty on the Staking Field Guide card'
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'
export const dynamicParams = false

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }))
}

/** Each article's social image: section, title, difficulty and reading time, built at build time. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug)
  if (!article) notFound()
  const fm = article.frontmatter
  return socialImage({
    eyebrow: sectionById(fm.section).title,
    title: fm.title,
    details: [t.difficulty[fm.difficulty], t.article.readingTime(article.readingMinutes)],
  })
}
