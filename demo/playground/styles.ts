/** The playground's looks, scoped to it (it renders in the light DOM). */
const STYLES = `
    story-playground {
      display: block;
    }
    story-playground h2 {
      font-size: 1.25rem;
      margin-block: 1.5rem 0.5rem;
    }
    story-playground .drop {
      border: 2px dashed currentColor;
      border-radius: 0.5rem;
      padding: 1rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    story-playground .drop.over {
      background: color-mix(in srgb, currentColor 10%, transparent);
    }
    story-playground .drop p {
      margin: 0;
    }
    story-playground label[for='playground-paste'] {
      display: block;
      margin-block-start: 1rem;
    }
    story-playground textarea {
      display: block;
      inline-size: 100%;
      box-sizing: border-box;
      min-block-size: 6rem;
      font-family: ui-monospace, monospace;
      margin-block-start: 0.25rem;
    }
    story-playground fieldset {
      margin-block-start: 1rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
    }
    story-playground fieldset label {
      display: inline-flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    story-playground .issues {
      padding-inline-start: 1.25rem;
      max-block-size: 20rem;
      overflow: auto;
    }
    story-playground .issues code {
      unicode-bidi: isolate;
    }
    story-playground .error strong {
      color: light-dark(#a4001a, #ffb4ab);
    }
    story-playground .download {
      display: inline-block;
      padding: 0.5rem 1rem;
      border: 1px solid currentColor;
      border-radius: 0.375rem;
      color: inherit;
    }
    story-playground pre {
      max-block-size: 20rem;
      overflow: auto;
      direction: ltr;
      text-align: start;
    }
    story-playground .elements > * {
      margin-block-end: 1.5rem;
    }
`;

let sheet: CSSStyleSheet | undefined;

/** One sheet for every playground on the page, adopted by the document. */
export function playgroundSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}
