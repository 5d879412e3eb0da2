import { socialImage } from '@/components/seo/social-image'
import { getGlossary } from '@/lib/glossary'
import { getDictionary } from '@/lib/i18n'
import { SOCIAL_IMAGE_SIZE } from '@/lib/seo/social-fonts'

const t = getDictionary()

export const alt = `${t.glossary.title}: ${t.site.name}`
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'

export default function Image() {
  return socialImage({
    eyebrow: t.glossary.title,
    title: t.glossary.description,
    details: [t.social.glossaryTerms(getGlossary().length)],
  })
}
