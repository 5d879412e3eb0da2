import type { Root } from 'hast'
import type { VFile } from 'vfile'

export const INTERACTIVE_COMPONENTS: ReadonlySet<string>
export const INTERACTIVE_ELEMENTS: ReadonlySet<string>
export function slugOfPath(path: string | undefined): string
export default function rehypeStaticSegments(): (tree: Root, file: VFile) => void
