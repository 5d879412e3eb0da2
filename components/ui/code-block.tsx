import { CopyButton } from './copy-button.client'

export type CodeBlockProps = {
  /** Names the block for assistive technology and the copy button ("Copy: Script tag snippet"). */
  label: string
  children: string
}

/**
 * A code snippet readers copy into their own pages: long lines wrap (nothing is cut off at the right edge, no
 * sideways scrolling), and a copy button sits above it. The text is selectable without JavaScript too.
 */
export function CodeBlock({ label, children }: CodeBlockProps) {
  return (
    <div className="not-prose my-4 space-y-2">
      <CopyButton
        text={children}
        label={`Copy: ${label}`}
        copiedMessage="Copied to the clipboard."
        failedMessage="Could not copy; select the text and copy it by hand."
      />
      <pre
        role="region"
        aria-label={label}
        className="rounded-lg bg-sunken p-4 font-mono text-sm leading-relaxed [overflow-wrap:anywhere] break-all whitespace-pre-wrap text-text"
      >
        <code>{children}</code>
      </pre>
    </div>
  )
}
