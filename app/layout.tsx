import type { Metadata, Viewport } from 'next'
import localFont from 'next/font/local'
import type { ReactNode } from 'react'
import { ThemeScript } from '@/components/site/theme-script'
import { getDictionary, INTL_LOCALE, DEFAULT_LOCALE } from '@/lib/i18n'
import { SITE_URL } from '@/lib/site'
import './globals.css'

const inter = localFont({
  src: './fonts/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
  weight: '100 900',
})

const t = getDictionary()

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${t.site.name}: ${t.site.tagline}`, template: `%s · ${t.site.name}` },
  description: t.site.description,
  applicationName: t.site.name,
  openGraph: {
    siteName: t.site.name,
    type: 'website',
    locale: INTL_LOCALE[DEFAULT_LOCALE].replace('-', '_'),
  },
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
      </head>
      <body className="flex min-h-dvh flex-col">{children}</body>
    </html>
  )
}
