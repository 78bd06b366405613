// `npm run analyze` (@custom-elements-manifest/analyzer) reads this file.
//
// The elements declare their reactive fields in `static properties` rather
// than with decorators (smaller files). The analyzer's Lit plugin then lists
// every entry as an attribute, even internal state (`{ state: true }`), which
// Lit never observes as an attribute; this drops those: only a public field
// can be an attribute.
export default {
  plugins: [
    {
      name: 'fine-kit-no-state-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.attributes) continue;
            const hidden = new Set(
              (decl.members ?? [])
                .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
                .map((m) => m.name),
            );
            decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
          }
        }
      },
    },
  ],
};
