'use client'

import { Component, type ReactNode } from 'react'
import { getIslandErrorStrings } from '@/lib/i18n/island-errors'

export type IslandBoundaryProps = {
  /** The wrapper's element: a message in a `span` stays valid inside phrasing content. */
  inline: boolean
  /** The island's HTML as the server sent it, or undefined when the browser rendered it (a navigation). */
  serverHtml: () => string | undefined
  onError: () => void
  children: ReactNode
}

type IslandBoundaryState = { failed: boolean }

/**
 * Catches an island that fails in the browser (its code cannot be fetched, after a deploy or on a dropped
 * connection, or it throws) so the rest of the page stays as it is. In its place the reader gets the island's
 * server HTML, which works without JavaScript (the calculator's form, the quiz's disclosures, the walkthrough's
 * links), under a line saying so; an island the browser rendered has no such HTML, and the line says reloading
 * may help. Without this boundary the error would reach the root and replace the whole page with the global
 * error page.
 */
export class IslandBoundary extends Component<IslandBoundaryProps, IslandBoundaryState> {
  override state: IslandBoundaryState = { failed: false }

  static getDerivedStateFromError(): IslandBoundaryState {
    return { failed: true }
  }

  override componentDidCatch() {
    this.props.onError()
  }

  override render() {
    if (!this.state.failed) return this.props.children
    const t = getIslandErrorStrings()
    const html = this.props.serverHtml()
    const Element = this.props.inline ? 'span' : 'div'
    return (
      <>
        {this.props.inline ? null : (
          <p className="text-sm text-muted">{html === undefined ? t.missing : t.basic}</p>
        )}
        {html === undefined ? null : <Element dangerouslySetInnerHTML={{ __html: html }} />}
      </>
    )
  }
}
