import { DIFFICULTIES, SECTIONS } from '@/lib/content/sections'
import { getDictionary } from '@/lib/i18n'

type Option = { value: string; label: string }

function RadioGroup({ name, legend, options }: { name: string; legend: string; options: Option[] }) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-semibold text-text">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((o, i) => (
          <label
            key={o.value}
            className="cursor-pointer rounded-full border border-line bg-surface px-3 py-1.5 text-sm text-text has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:font-semibold has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus"
          >
            <input type="radio" name={name} value={o.value} defaultChecked={i === 0} className="sr-only" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** Section and difficulty filters for /learn (radio groups; the hiding itself is CSS, see filter-styles.ts). */
export function LearnFilters() {
  const t = getDictionary()
  return (
    <form
      aria-label={t.learn.filters}
      className="grid gap-4 rounded-lg border border-line bg-surface p-4 md:grid-cols-2"
    >
      <RadioGroup
        name="section"
        legend={t.learn.sectionFilter}
        options={[
          { value: 'all', label: t.learn.all },
          ...SECTIONS.map((s) => ({ value: s.id, label: s.title })),
        ]}
      />
      <RadioGroup
        name="difficulty"
        legend={t.difficulty.label}
        options={[
          { value: 'all', label: t.learn.all },
          ...DIFFICULTIES.map((d) => ({ value: d, label: t.difficulty[d] })),
        ]}
      />
    </form>
  )
}
