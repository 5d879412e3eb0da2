import { getDictionary } from '@/lib/i18n'

type KeyTakeawaysProps = { items: string[] }

export function KeyTakeaways({ items }: KeyTakeawaysProps) {
  const t = getDictionary()
  return (
    <section
      aria-labelledby="key-takeaways"
      className="rounded-lg border border-accent/40 bg-accent-soft px-5 py-4"
    >
      <h2 id="key-takeaways" className="text-sm font-bold tracking-wide text-text uppercase">
        {t.article.keyTakeaways}
      </h2>
      <ul className="mt-2 list-disc space-y-1.5 pl-5 text-[0.975rem] text-text marker:text-accent">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  )
}
