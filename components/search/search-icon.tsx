import { LineIcon } from '@/components/ui/line-icon'

/** The magnifying glass of the search controls (decorative: the controls carry a text label). */
export function SearchIcon() {
  return (
    <LineIcon>
      <circle cx="9" cy="9" r="6" />
      <path d="m14 14 4 4" />
    </LineIcon>
  )
}
