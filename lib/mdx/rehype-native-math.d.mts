import type { Root } from 'hast'

export default function rehypeNativeMath(): (tree: Root) => void
