/**
 * The only classes a caller may add to a primitive that renders inside first-load client islands (`Heading`,
 * `Button`, `TextField`, `SegmentedControl`, `CopyButton`…): whether it shows without JavaScript, its outer
 * margin and its width. No primitive sets any of them itself, so adding one never leaves two classes of one
 * kind for the stylesheet's order to decide: there is nothing to merge, and those islands stay free of
 * tailwind-merge (see `cn.ts`). Anything else a caller wants to change (size, colour, weight, padding) is a
 * variant of the primitive, or, from a server component, a final class list merged with `cn()`.
 *
 * `class-merging.test.tsx` renders every primitive with these classes and checks that tailwind-merge would change
 * nothing in what they render.
 */
type JsVisibility = 'js-only' | 'js-hidden'
type Margin = `${'m' | 'mx' | 'my' | 'mt' | 'mb' | 'ms' | 'me'}-${number | 'auto'}`
type Width = 'w-full'

export type LayoutClass =
  JsVisibility | Margin | Width | `${JsVisibility} ${Margin | Width}` | `${Margin} ${Width}`
