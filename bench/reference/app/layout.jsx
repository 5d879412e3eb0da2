import 'katex/dist/katex.min.css'

export const metadata = { title: 'How staking works (bare Next.js + MDX reference)' }

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
