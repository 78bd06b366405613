import { VERSION } from './version.js';

/**
 * Registers a custom element once. A page that loads the kit twice, or two
 * versions of it, gets a console warning and keeps the first definition
 * instead of the `NotSupportedError` that `customElements.define` throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === ctor) return;
  if (existing) {
    const other = (existing as { kitVersion?: string }).kitVersion ?? 'unknown';
    console.warn(
      `fine-kit ${VERSION}: <${tag}> is already defined (fine-kit ${other}), which stays. Load the kit once per page.`,
    );
    return;
  }
  customElements.define(tag, ctor);
}
