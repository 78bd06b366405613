// Types of scripts/public-api.js for the TypeScript that imports it (.storybook/).
export interface PublicAttribute {
  name: string;
  property?: string;
  type?: string;
  default?: string;
  description?: string;
}
export interface PublicProperty {
  name: string;
  attribute?: string;
  type?: string;
  default?: string;
  readonly: boolean;
  reflects: boolean;
  description?: string;
}
export interface PublicMethod {
  name: string;
  signature: string;
  description?: string;
}
export interface PublicItem {
  name: string;
  type?: string;
  default?: string;
  description?: string;
}
export interface PublicElementApi {
  tagName: string;
  className: string;
  summary?: string;
  description?: string;
  attributes: PublicAttribute[];
  properties: PublicProperty[];
  methods: PublicMethod[];
  events: PublicItem[];
  slots: PublicItem[];
  cssParts: PublicItem[];
  cssProperties: PublicItem[];
  statics: PublicItem[];
}
/** The parts of custom-elements.json this module reads. */
export interface Manifest {
  modules: { path: string; declarations?: object[] }[];
}
export function isPublicName(name: string): boolean;
export function literalDefault(text: string | undefined): string | undefined;
export function elementDeclarations(manifest: Manifest): { tagName?: string; name: string }[];
export function publicApi(decl: object): PublicElementApi;
export function apiNames(manifest: Manifest): { publicNames: Set<string>; internal: Set<string> };
