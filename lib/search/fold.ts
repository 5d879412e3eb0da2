/**
 * Text folded for "contains" matching as readers type: lower case, accents and punctuation removed, spaces
 * collapsed ("Proof-of-Stake" and "proof of stake" both become "proof of stake").
 */
export function foldForMatch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
