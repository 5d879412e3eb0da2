import { serializeJsonLd, type JsonLd as JsonLdData } from '@/lib/seo/json-ld'

/** One `<script type="application/ld+json">` per object, always through the safe serialiser. */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  return (
    <>
      {(Array.isArray(data) ? data : [data]).map((item, i) => (
        <script
          key={i}
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(item) }}
        />
      ))}
    </>
  )
}
