/**
 * fine-kit: every element, registered. This is the CDN bundle's entry
 * (dist/cdn/fine-kit.js) and the package's main export.
 */
export * from './core/index.js';
export * from './story/index.js';
