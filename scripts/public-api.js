// @ts-check
// The public API of each element, read from the custom-elements manifest
// (custom-elements.json, written by `npm run analyze` from the JSDoc): what a
// page may write and rely on. Storybook's Properties tables
// (.storybook/argtypes.ts) and the committed API snapshot
// (scripts/api-snapshot.js, api/public-api.json) are both built from this one
// reading, so the docs cannot show what the snapshot does not guard.
//
// Public means: not marked private or protected in the manifest, not static,
// and not named like an internal (`_x`, `#x`, `--_x`). Whatever an element
// keeps to itself, under any name, never appears. No Node or DOM API here:
// Storybook runs it in the browser.

/**
 * @typedef {{ text?: string }} ManifestType
 * @typedef {{ name: string, kind?: string, privacy?: string, static?: boolean, readonly?: boolean, reflects?: boolean,
 *   attribute?: string, type?: ManifestType, default?: string, description?: string, summary?: string,
 *   fieldName?: string, parameters?: { name: string, type?: ManifestType, optional?: boolean }[],
 *   return?: { type?: ManifestType } }} ManifestItem
 * @typedef {{ kind: string, name: string, tagName?: string, customElement?: boolean, summary?: string,
 *   description?: string, members?: ManifestItem[], attributes?: ManifestItem[], events?: ManifestItem[],
 *   slots?: ManifestItem[], cssParts?: ManifestItem[], cssProperties?: ManifestItem[] }} ManifestDeclaration
 * @typedef {{ modules: { path: string, declarations?: ManifestDeclaration[] }[] }} Manifest
 *
 * @typedef {{ name: string, property?: string, type?: string, default?: string, description?: string }} PublicAttribute
 * @typedef {{ name: string, attribute?: string, type?: string, default?: string, readonly: boolean,
 *   reflects: boolean, description?: string }} PublicProperty
 * @typedef {{ name: string, signature: string, description?: string }} PublicMethod
 * @typedef {{ name: string, type?: string, default?: string, description?: string }} PublicItem
 * @typedef {{ tagName: string, className: string, summary?: string, description?: string,
 *   attributes: PublicAttribute[], properties: PublicProperty[], methods: PublicMethod[], events: PublicItem[],
 *   slots: PublicItem[], cssParts: PublicItem[], cssProperties: PublicItem[], statics: PublicItem[] }} PublicElementApi
 */

/** A name a page may use: nothing that reads as internal (`_x`, `#x`, a `--_x` custom property). */
export function isPublicName(/** @type {string} */ name) {
  return !/^(_|#|--_)/.test(name);
}

/** @param {ManifestItem} item */
function isPublicMember(item) {
  return (item.privacy ?? 'public') === 'public' && isPublicName(item.name);
}

/**
 * A default worth documenting: a literal (`'auto'`, `false`, `0`, `null`).
 * An expression from the source (`new Map()`, an arrow function) is how the
 * element sets itself up, not a value a page can see or set.
 * @param {string | undefined} text
 */
export function literalDefault(text) {
  const value = text?.trim();
  return value && /^('[^'\\]*'|"[^"\\]*"|-?\d+(\.\d+)?|true|false|null)$/.test(value) ? value : undefined;
}

/**
 * Every custom element declared in the manifest, by tag name, in tag order.
 * @param {Manifest} manifest
 * @returns {ManifestDeclaration[]}
 */
export function elementDeclarations(manifest) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => (String(a.tagName) < String(b.tagName) ? -1 : 1));
}

/** @param {ManifestItem} item @returns {PublicItem} */
function item(item) {
  return {
    name: item.name,
    type: item.type?.text,
    default: literalDefault(item.default),
    description: item.description,
  };
}

/**
 * The public API of one element.
 * @param {ManifestDeclaration} decl
 * @returns {PublicElementApi}
 */
export function publicApi(decl) {
  const members = (decl.members ?? []).filter(isPublicMember);
  const fields = members.filter((m) => m.kind === 'field' && !m.static);
  const fieldNames = new Set(fields.map((f) => f.name));
  return {
    tagName: String(decl.tagName),
    className: decl.name,
    summary: decl.summary,
    description: decl.description,
    // an attribute is public when its field is (`lang` and `dir` have none: they are HTML's own)
    attributes: (decl.attributes ?? [])
      .filter((a) => isPublicName(a.name) && (!a.fieldName || fieldNames.has(a.fieldName)))
      .map((a) => ({
        name: a.name,
        property: a.fieldName,
        type: a.type?.text,
        default: literalDefault(a.default),
        description: a.description,
      })),
    properties: fields.map((f) => ({
      name: f.name,
      attribute: f.attribute,
      type: f.type?.text,
      default: literalDefault(f.default),
      readonly: Boolean(f.readonly),
      reflects: Boolean(f.reflects),
      description: f.description,
    })),
    methods: members
      .filter((m) => m.kind === 'method' && !m.static)
      .map((m) => ({
        name: m.name,
        signature: `(${(m.parameters ?? [])
          .map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`)
          .join(', ')}) => ${m.return?.type?.text ?? 'void'}`,
        description: m.description,
      })),
    events: (decl.events ?? []).filter((e) => e.name && isPublicName(e.name)).map(item),
    slots: (decl.slots ?? []).filter((s) => isPublicName(s.name)).map(item),
    cssParts: (decl.cssParts ?? []).filter((p) => isPublicName(p.name)).map(item),
    cssProperties: (decl.cssProperties ?? []).filter((p) => isPublicName(p.name)).map(item),
    statics: members.filter((m) => m.static && m.kind === 'field').map(item),
  };
}

/**
 * Every name a docs page may show for the manifest's elements, and every
 * member name the manifest marks as internal that no element makes public
 * (what the docs test looks for).
 * @param {Manifest} manifest
 */
export function apiNames(manifest) {
  const publicNames = new Set();
  const internal = new Set();
  for (const decl of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    for (const member of decl.members ?? []) if (!isPublicMember(member)) internal.add(member.name);
  }
  for (const decl of elementDeclarations(manifest)) {
    const api = publicApi(decl);
    for (const list of [api.attributes, api.properties, api.methods, api.events, api.slots, api.cssParts]) {
      for (const entry of list) publicNames.add(entry.name);
    }
    for (const entry of [...api.cssProperties, ...api.statics]) publicNames.add(entry.name);
  }
  for (const name of publicNames) internal.delete(name);
  return { publicNames, internal };
}
