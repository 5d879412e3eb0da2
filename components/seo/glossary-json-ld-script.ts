import { getGlossary } from '@/lib/glossary'
import { getDictionary } from '@/lib/i18n'
import { glossaryJsonLd, serializeJsonLd } from '@/lib/seo/json-ld'
import { absoluteUrl } from '@/lib/site'

/** The glossary page's JSON-LD, serialised safely for a `<script>` element (see GlossaryJsonLd). */
export function glossaryJsonLdScript(): string {
  const t = getDictionary()
  return serializeJsonLd(
    glossaryJsonLd(
      { url: absoluteUrl('/glossary'), name: t.glossary.title, description: t.glossary.description },
      getGlossary(),
    ),
  )
}
