import { ImageResponse } from 'next/og'
import { getDictionary } from '@/lib/i18n'
import { SOCIAL_IMAGE_SIZE, socialImageFonts } from '@/lib/seo/social-fonts'

/** The site's light-theme colours (app/globals.css), written out: the image renderer has no CSS variables. */
const COLOURS = { bg: '#faf9f6', text: '#1b1e23', muted: '#545b67', accent: '#0b6b57', soft: '#e2f2ec' }

export type SocialCardProps = {
  /** Small line above the title, e.g. the article's section or "Tool". */
  eyebrow: string
  title: string
  /** Chips under the title, e.g. the difficulty. */
  details?: string[]
}

/** The site's mark (the header logo), drawn for the image renderer. */
function SiteMark() {
  return (
    <svg width="64" height="64" viewBox="0 0 32 32">
      <rect width="32" height="32" rx="8" fill={COLOURS.accent} />
      <path
        d="M9 20.5 16 24l7-3.5M9 16l7 3.5 7-3.5M16 8l7 3.5-7 3.5-7-3.5z"
        fill="none"
        stroke="#ffffff"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  )
}

/** A 1200 × 630 PNG social card: site mark and name, eyebrow, title and details. Rendered at build time. */
export function socialImage({ eyebrow, title, details = [] }: SocialCardProps): ImageResponse {
  const t = getDictionary()
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: COLOURS.bg,
        borderBottom: `16px solid ${COLOURS.accent}`,
        fontFamily: 'Inter',
        color: COLOURS.text,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        <SiteMark />
        <span style={{ fontSize: 34, fontWeight: 700 }}>{t.site.name}</span>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        <span style={{ fontSize: 30, color: COLOURS.accent, fontWeight: 700 }}>{eyebrow}</span>
        <span style={{ fontSize: title.length > 60 ? 60 : 72, fontWeight: 700, lineHeight: 1.1 }}>
          {title}
        </span>
      </div>
      <div style={{ display: 'flex', gap: 16, fontSize: 28, color: COLOURS.muted }}>
        {details.map((d) => (
          <span
            key={d}
            style={{ background: COLOURS.soft, borderRadius: 999, padding: '8px 24px', color: COLOURS.text }}
          >
            {d}
          </span>
        ))}
        <span style={{ display: 'flex', marginLeft: 'auto' }}>{t.disclaimer.short}</span>
      </div>
    </div>,
    { ...SOCIAL_IMAGE_SIZE, fonts: socialImageFonts() },
  )
}
