/**
 * Whether a source's title already names its publisher before a colon
 * ("CNIL: …" from CNIL, "RTL: …" from RTL Lëtzebuerg, "Hunton : …" in
 * French), so a list of sources can leave out the "(Publisher)" it would
 * repeat. A title naming someone else ("Amazon: …" from sisap.work) or a
 * short name the publisher does not start with ("dpa: …" from Yahoo News
 * (dpa)) keeps it: the reader learns who published it.
 */
export function titleNamesPublisher(title: string, publisher: string): boolean {
  const named = title.split(':')[0]!.trim();
  // the whole name, or its first words ("RTL" of "RTL Lëtzebuerg", not "Vie" of "Vie-publique.fr")
  return title.includes(':') && `${publisher} `.toLowerCase().startsWith(`${named} `.toLowerCase());
}
