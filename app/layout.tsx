import type { Metadata, Viewport } from 'next'
import localFont from 'next/font/local'
import type { ReactNode } from 'react'
import { ThemeScript } from '@/components/site/theme-script'
import { FEED_PATHS } from '@/lib/feeds/build-feed'
import { getDictionary, INTL_LOCALE, DEFAULT_LOCALE } from '@/lib/i18n'
import { TITLE_TEMPLATE } from '@/lib/seo/page-metadata'
import { SITE_URL } from '@/lib/site'
import './globals.css'

const inter = localFont({
  src: './fonts/inter-latin-wght-400-800.woff2',
  variable: '--font-inter',
  display: 'swap',
  weight: '400 800',
})

const t = getDictionary()

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${t.site.name}: ${t.site.tagline}`, template: TITLE_TEMPLATE },
  description: t.site.description,
  applicationName: t.site.name,
  openGraph: {
    siteName: t.site.name,
    type: 'website',
    locale: INTL_LOCALE[DEFAULT_LOCALE].replace('-', '_'),
  },
  twitter: { card: 'summary_large_image' },
  formatDetection: { telephone: false },
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#faf9f6' },
    { media: '(prefers-color-scheme: dark)', color: '#101317' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={DEFAULT_LOCALE} className={inter.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
        <link rel="alternate" type="application/rss+xml" href={FEED_PATHS.rss} title={t.feeds.rss} />
        <link rel="alternate" type="application/atom+xml" href={FEED_PATHS.atom} title={t.feeds.atom} />
        <link rel="alternate" type="application/feed+json" href={FEED_PATHS.json} title={t.feeds.json} />
      </head>
      <body className="flex min-h-dvh flex-col">{children}</body>
    </html>
  )
}
