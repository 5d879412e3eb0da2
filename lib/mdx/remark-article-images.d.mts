import type { Root } from 'mdast'
import type { VFile } from 'vfile'

export default function remarkArticleImages(): (tree: Root, file: VFile) => void
