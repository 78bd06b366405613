/**
 * Whether a source's title already names its publisher, so a list of
 * sources can leave out the "(Publisher)" it would repeat: before a colon
 * by the name's first words ("CNIL: …" from CNIL, "RTL: …" from RTL
 * Lëtzebuerg, "Hunton : …" in French), or the whole name followed by a
 * colon, comma or bracket ("Conseil d’État (France), decision …"). A title
 * naming someone else ("Amazon: …" from sisap.work), a short name the
 * publisher does not start with ("dpa: …" from Yahoo News (dpa)) or a
 * publisher's name that is the title's subject ("Amazon apologizes …" from
 * Amazon) keeps it: the reader learns who published it.
 */
export function titleNamesPublisher(title: string, publisher: string): boolean {
  const named = title.split(':')[0]!.trim();
  const whole = title.slice(0, publisher.length).toLowerCase() === publisher.toLowerCase();
  return (
    (whole && /^\s*[:,(]/.test(title.slice(publisher.length))) ||
    // the whole name, or its first words ("RTL" of "RTL Lëtzebuerg", not "Vie" of "Vie-publique.fr")
    (title.includes(':') && `${publisher} `.toLowerCase().startsWith(`${named} `.toLowerCase()))
  );
}
