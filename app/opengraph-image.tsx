import { socialImage } from '@/components/seo/social-image'
import { getDictionary } from '@/lib/i18n'
import { SOCIAL_IMAGE_SIZE } from '@/lib/seo/social-fonts'

const t = getDictionary()

export const alt = `${t.site.name}: ${t.site.tagline}`
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'

/** The site's social image, for every page without one of its own. */
export default function Image() {
  return socialImage({ eyebrow: t.site.tagline, title: t.home.title })
}
