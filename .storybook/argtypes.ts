import type { ArgTypes, WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import {
  elementDeclarations,
  publicApi,
  type Manifest,
  type PublicElementApi,
  type PublicItem,
} from '../scripts/public-api.js';

/**
 * The Properties table of an element's docs page, from its public API in the
 * custom-elements manifest (scripts/public-api.js): one row per attribute
 * (named as a page writes it, with its property when the name differs), per
 * property that has no attribute, event, slot, CSS part and custom property.
 * Nothing private, whatever its name, and defaults only when they are values.
 *
 * Rows have no control: a story turns one on for the args its template uses
 * (`argTypes` in stories/*.stories.ts, keyed by the property name), so a
 * control never pretends to change something the story does not pass on.
 * Parts, custom properties, slots and events are documentation, never controls
 * (`publicArgTypesEnhancer`, which runs after the stories' own argTypes).
 */

/** HTML's own attributes, which every element reads and the kit's JSDoc does not describe. */
const GLOBAL_ATTRIBUTES: Record<string, string> = {
  lang: 'Language (BCP 47) of the element; else the nearest ancestor’s `lang`, else the story’s.',
  dir: '`ltr` or `rtl`; else the nearest ancestor’s `dir`, else the direction of the language.',
};

function row(name: string, category: string, description: string | undefined, entry: Partial<PublicItem> = {}) {
  return {
    name,
    description: description ?? '',
    table: {
      category,
      type: entry.type ? { summary: entry.type } : undefined,
      defaultValue: entry.default ? { summary: entry.default } : undefined,
    },
  };
}

/** Storybook argTypes for one element's public API. */
export function argTypesOf(api: PublicElementApi): ArgTypes {
  const types: ArgTypes = {};
  for (const p of api.properties) {
    const notes = [
      p.attribute && p.attribute !== p.name ? `Property \`${p.name}\`.` : '',
      !p.attribute && !p.readonly ? 'Property only (no attribute).' : '',
      p.readonly ? 'Read-only property.' : '',
      p.reflects ? 'Reflected to its attribute.' : '',
    ].filter(Boolean);
    const text = [p.description, ...notes].filter(Boolean).join(' ');
    types[p.name] = row(p.attribute ?? p.name, p.attribute ? 'attributes' : 'properties', text, p);
  }
  for (const a of api.attributes) {
    if (a.property) continue;
    types[a.name] = row(a.name, 'attributes', a.description ?? GLOBAL_ATTRIBUTES[a.name], a);
  }
  for (const m of api.methods)
    types[`method:${m.name}`] = row(`${m.name}()`, 'methods', m.description, { type: m.signature });
  for (const e of api.events) types[`event:${e.name}`] = row(e.name, 'events', e.description, e);
  for (const s of api.slots) types[`slot:${s.name}`] = row(s.name || '(default)', 'slots', s.description);
  for (const p of api.cssParts) types[`part:${p.name}`] = row(p.name, 'css shadow parts', p.description);
  for (const c of api.cssProperties) types[`css:${c.name}`] = row(c.name, 'css custom properties', c.description, c);
  return types;
}

/** `parameters.docs.extractArgTypes`: the table of the element a stories file names as `component`. */
export function manifestArgTypes(manifest: Manifest): (component: unknown) => ArgTypes | null {
  const byTag = new Map(elementDeclarations(manifest).map((d) => [d.tagName, publicApi(d)]));
  return (component) => {
    const api = typeof component === 'string' ? byTag.get(component) : undefined;
    return api ? argTypesOf(api) : null;
  };
}

/** `parameters.docs.extractComponentDescription`: the element's JSDoc, above its table. */
export function manifestDescription(manifest: Manifest): (component: unknown) => string | null {
  const byTag = new Map(elementDeclarations(manifest).map((d) => [d.tagName, publicApi(d)]));
  return (component) => (typeof component === 'string' ? (byTag.get(component)?.description ?? null) : null);
}

/**
 * Runs on each story's merged argTypes: a row keyed by a property is named by
 * its attribute (`link-hash`, not `linkHash`: what a page writes), and a row
 * the story gives no control shows none, rather than a guessed one.
 */
export function publicArgTypesEnhancer(manifest: Manifest): ArgTypesEnhancer<WebComponentsRenderer> {
  const byTag = new Map(elementDeclarations(manifest).map((d) => [d.tagName, publicApi(d)]));
  const enhancer: ArgTypesEnhancer<WebComponentsRenderer> = ({ component, argTypes }) => {
    const api = typeof component === 'string' ? byTag.get(component) : undefined;
    if (!api) return argTypes;
    const attributes = new Map(api.properties.map((p) => [p.name, p.attribute]));
    return Object.fromEntries(
      Object.entries(argTypes).map(([key, type]) => [
        key,
        { ...type, name: attributes.get(key) ?? type.name, control: type.control || { disable: true } },
      ]),
    );
  };
  // after the stories' argTypes are merged in (Storybook's own inference is a second pass too)
  enhancer.secondPass = true;
  return enhancer;
}
