import { Children, isValidElement, type ComponentPropsWithoutRef } from 'react'

/**
 * GFM task lists (`- [ ] item`) become checklists readers can tick while they read: each box is labelled by
 * its item's text. Other list items render as usual.
 */
export function ListItem({ className, children, ...rest }: ComponentPropsWithoutRef<'li'>) {
  if (!className?.includes('task-list-item')) {
    return (
      <li className={className} {...rest}>
        {children}
      </li>
    )
  }
  const [box, ...label] = Children.toArray(children)
  const checked = isValidElement<{ checked?: boolean }>(box) ? box.props.checked === true : false
  return (
    <li className="list-none pl-0" {...rest}>
      <label className="flex cursor-pointer items-start gap-2.5">
        <input
          type="checkbox"
          defaultChecked={checked}
          className="mt-1.5 size-4 shrink-0 accent-[var(--c-accent)]"
        />
        <span>{label}</span>
      </label>
    </li>
  )
}
