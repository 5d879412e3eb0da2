import { socialImage } from '@/components/seo/social-image'
import { getDictionary } from '@/lib/i18n'
import { SOCIAL_IMAGE_SIZE } from '@/lib/seo/social-fonts'

const t = getDictionary()

export const alt = `${t.walkthrough.title}: ${t.site.name}`
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'

export default function Image() {
  return socialImage({ eyebrow: t.search.sections.tools, title: t.walkthrough.title })
}
