import type { ComponentPropsWithoutRef } from 'react'

/** Code blocks can scroll sideways; tabIndex lets keyboard users scroll them too. */
export function Pre(props: ComponentPropsWithoutRef<'pre'>) {
  return <pre tabIndex={0} {...props} />
}
