import { NetworkDataNoteBody } from './network-data-note-body'
import type { NetworkDataNoteProps } from './network-data-note-body'

/**
 * The network-data note inside the embed: /data opens in a new tab (the iframe must not navigate away), so a
 * plain link does, and the widget's first load does not carry `next/link` (the embed has no other link).
 */
export function EmbedNetworkDataNote(props: NetworkDataNoteProps) {
  return (
    <NetworkDataNoteBody
      {...props}
      link={({ label, className }) => (
        <a href="/data" className={className} target="_blank" rel="noopener">
          {label}
        </a>
      )}
    />
  )
}
