import { Link } from '@/components/ui/link.client'
import { NetworkDataNoteBody } from './network-data-note-body'
import type { NetworkDataNoteProps } from './network-data-note-body'

export type { NetworkDataNoteProps } from './network-data-note-body'

/** The network-data note on site pages (`NetworkDataNoteBody`), its /data link a client-side `next/link`. */
export function NetworkDataNote(props: NetworkDataNoteProps) {
  return (
    <NetworkDataNoteBody
      {...props}
      link={({ label, className }) => (
        <Link href="/data" className={className}>
          {label}
        </Link>
      )}
    />
  )
}
