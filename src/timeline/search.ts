/**
 * Text matching for the filter box, forgiving the way readers type: case and
 * accents do not matter ("societe" finds "Société"), and neither do Arabic
 * short vowels, tatweel or the hamza/madda forms of alef, waw and yeh ("امازون"
 * finds "أمازون"). Canonical decomposition (NFD) splits "أ" into "ا" plus a
 * combining hamza, so dropping combining marks handles most of it.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/\u0671/g, '\u0627') // alef wasla → alef
    .replace(/\u0649/g, '\u064A') // alef maqsura → yeh
    .replace(/\u0629/g, '\u0647') // teh marbuta → heh
    .toLowerCase();
}

/** True when every word of the (folded) query is in the (folded) text. */
export function matches(folded: string, query: string): boolean {
  return query.split(/\s+/).every((word) => folded.includes(word));
}
