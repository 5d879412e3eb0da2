import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Social images are 1200 × 630 PNG, the size Open Graph and Twitter's large card expect. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const

/**
 * Inter for the social images, self-hosted from `@fontsource/inter` (WOFF: the image renderer, Satori,
 * reads TTF, OTF and WOFF but not WOFF2). Latin and Latin Extended at 400 and 700, so no glyph is missing
 * and nothing is fetched at build time.
 */
export function socialImageFonts() {
  const dir = join(process.cwd(), 'node_modules', '@fontsource', 'inter', 'files')
  return (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Inter',
      data: readFileSync(join(dir, `inter-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  )
}
