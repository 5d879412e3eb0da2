import { z } from 'zod'

const plainText = (max: number, min = 3) =>
  z
    .string()
    .trim()
    .min(min, 'is too short')
    .max(max, `is too long (${max} characters at most)`)
    .refine((s) => !/[<>{}]/.test(s), { error: 'must be plain text (no <, >, { or })' })

/** Runtime check of `content/glossary.ts`, mirroring the `GlossaryEntry` type's doc comments. */
export const glossaryEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  term: plainText(80),
  short: plainText(200),
  long: plainText(900),
  related: z.array(z.string()),
  aliases: z.array(plainText(80, 2)).optional(),
  otherSenses: z.array(plainText(120, 2)).optional(),
})
