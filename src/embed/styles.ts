/**
 * The embed page's own style sheet: no margins, the elements one under the
 * other at full width, the error view, and the theme presets of `themes/`
 * (scoped by `data-fine-theme`, so only the one named applies). Adopted from
 * the script (a constructed sheet): no extra request, no inline style for a
 * strict Content-Security-Policy to refuse.
 */
import broadsheet from '../../themes/broadsheet.css?raw';
import arabicDaily from '../../themes/arabic-daily.css?raw';
import highContrast from '../../themes/high-contrast.css?raw';

const page = `
html, body { margin: 0; padding: 0; }
/* the host sizes the frame to its content (it said hello): no scrollbar of its own, even for a frame */
html.fine-embed-sized { overflow: hidden; }
main {
  /* room for the focus ring of a control at the edge; holds its children's margins */
  display: flow-root;
  padding: 4px;
  font-family: var(--fine-font-body, system-ui, sans-serif);
}
/* a preset gives each colour and its dark twin (themes/*.css) */
main[data-background='themed'] {
  background: light-dark(var(--fine-color-paper, Canvas), var(--fine-color-paper-dark, var(--fine-color-paper, Canvas)));
  color: light-dark(var(--fine-color-ink, CanvasText), var(--fine-color-ink-dark, var(--fine-color-ink, CanvasText)));
}
main fine-story > * + * { margin-block-start: 1.5rem; }
main fine-story > * { display: block; }
.fine-embed-error {
  border: 1px solid var(--fine-color-danger, #a4161a);
  border-radius: 0.5rem;
  padding: 0.75rem 1rem;
  color: CanvasText;
  background: Canvas;
  line-height: 1.5;
}
.fine-embed-error h1 { font-size: 1.05rem; margin: 0 0 0.25rem; color: var(--fine-color-danger, #a4161a); }
.fine-embed-error p { margin: 0; }
.fine-embed-error ul { margin: 0.5rem 0 0; padding-inline-start: 1.25rem; }
`;

/** The page's sheet, presets included. */
export function pageSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync([page, broadsheet, arabicDaily, highContrast].join('\n'));
  return sheet;
}
