import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Labels } from './model.js';

/**
 * Text widths in the font of the timeline's labels, so the layout knows
 * before drawing whether a title fits: a hidden probe in the shadow root
 * (outside the rendered template) takes the labels' styles for the reader's
 * language, and a canvas measures in its computed font. When web fonts
 * arrive, the widths change: the host updates, and lays out again.
 */
export class LabelFont implements ReactiveController {
  #probe?: HTMLElement;
  #context?: CanvasRenderingContext2D | null;
  #contextFont = '';
  #labels?: Labels;
  #fonts = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  readonly #onFonts = (): void => {
    this.#fonts++;
    this.#labels = undefined;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this.#onFonts);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.#onFonts);
  }

  /**
   * Measurement in the labels' font for `lang`: the same object until the font changes.
   * `again`: the caller knows nothing but the view changed since the last call (a frame of
   * a pan or a zoom), so the font is the one last read, unless a web font arrived since:
   * reading the computed style there made the browser work out the styles twice a frame.
   */
  labels(root: ShadowRoot, lang: string, again = false): Labels {
    if (again && this.#labels && this.#probe?.lang === lang) return this.#labels;
    if (!this.#probe) {
      this.#probe = document.createElement('div');
      this.#probe.className = 'base probe';
      this.#probe.setAttribute('aria-hidden', 'true');
      this.#probe.append(document.createElement('span'));
      this.#probe.firstElementChild!.className = 'label';
      root.prepend(this.#probe);
    }
    this.#probe.lang = lang;
    const style = getComputedStyle(this.#probe.firstElementChild!);
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const key = `${font}|${this.#fonts}`;
    if (this.#labels?.key === key) return this.#labels;
    this.#context ??= document.createElement('canvas').getContext('2d');
    const context = this.#context;
    const size = parseFloat(style.fontSize) || 14;
    const widths = new Map<string, number>();
    const measure = (text: string): number => {
      let w = widths.get(text);
      if (w === undefined) {
        // without a canvas (a locked-down browser), half an em per character
        if (context && this.#contextFont !== font) context.font = this.#contextFont = font;
        w = context ? context.measureText(text).width : text.length * size * 0.55;
        widths.set(text, w);
      }
      return w;
    };
    return (this.#labels = { measure, key, size });
  }
}
