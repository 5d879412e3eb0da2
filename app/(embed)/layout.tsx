import type { ReactNode } from 'react'
import './embed-theme.css'

/** The embeddable widget: no header, footer or skip link; the root layout still provides html, fonts and theme. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <main className="flex-1">{children}</main>
}
