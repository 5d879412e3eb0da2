'use client'

import { Component, type ReactNode } from 'react'
import { getIslandErrorStrings } from '@/lib/i18n/island-errors'

export type IslandBoundaryProps = {
  /** The wrapper's element: a message in a `span` stays valid inside phrasing content. */
  inline: boolean
  /**
   * The island's version without JavaScript, as DOM nodes, read once when it fails: the server's own nodes, with
   * what the reader did to them (an answer opened, a number typed), while the island is not yet live; undefined
   * when the browser rendered it (a navigation) and there is no server version.
   */
  serverNodes: () => readonly Node[] | undefined
  onError: () => void
  children: ReactNode
}

type IslandBoundaryState = { failed: boolean }

/**
 * Catches an island that fails in the browser (its code cannot be fetched, after a deploy or on a dropped
 * connection, or it throws) so the rest of the page stays as it is. In its place the reader gets the island's
 * server HTML, which works without JavaScript (the calculator's form, the quiz's disclosures, the walkthrough's
 * links), under a line saying so: an island that was not live yet as the reader left it, and inside it the
 * no-JavaScript controls shown again (`.island-fallback` in app/globals.css). An island the browser rendered has
 * no such HTML, and the line says reloading may help. Without this boundary the error would reach the root and
 * replace the whole page with the global error page.
 */
export class IslandBoundary extends Component<IslandBoundaryProps, IslandBoundaryState> {
  override state: IslandBoundaryState = { failed: false }
  /** Read in the first render after the failure, while the failed island's DOM is still in the document. */
  private fallback: { nodes: readonly Node[] | undefined } | undefined

  /**
   * Puts copies of the fallback's nodes in place. Copies, taken when React commits (after the nodes left the
   * document): cloning keeps a field's typed value, a box's checkedness and an open disclosure, and React, which
   * rendered this element without children, never touches them.
   */
  private readonly attach = (element: HTMLElement | null) => {
    if (element) element.replaceChildren(...(this.fallback?.nodes ?? []).map((node) => node.cloneNode(true)))
  }

  static getDerivedStateFromError(): IslandBoundaryState {
    return { failed: true }
  }

  override componentDidCatch() {
    this.props.onError()
  }

  override render() {
    if (!this.state.failed) return this.props.children
    const t = getIslandErrorStrings()
    this.fallback ??= { nodes: this.props.serverNodes() }
    const { nodes } = this.fallback
    const Element = this.props.inline ? 'span' : 'div'
    return (
      <>
        {this.props.inline ? null : (
          <p className="text-sm text-muted">{nodes === undefined ? t.missing : t.basic}</p>
        )}
        {nodes === undefined ? null : <Element className="island-fallback" ref={this.attach} />}
      </>
    )
  }
}
