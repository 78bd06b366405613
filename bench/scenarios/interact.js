// Scripted pan and zoom with real input (CDP mouse, wheel and key events, the
// same path as a user's): the page's requestAnimationFrame loop records frame
// intervals and a PerformanceObserver counts long tasks while it runs.
// Inputs are paced at ~60 per second (one every 16 ms), like a mouse or a
// trackpad; a page that cannot keep up coalesces them, as it would for a reader.
import { sleep } from '../browser.js';

const PACE = 16;

/** A short description of what the timeline shows, to check that the input had an effect. */
const timelineSignature = () => {
  const root = document.querySelector('fine-timeline')?.shadowRoot;
  const axis = root?.querySelector('[part~="axis"]')?.textContent ?? '';
  return `${axis.trim().slice(0, 60)}|${root?.querySelectorAll('[part~="event"],[part~="cluster"]').length}`;
};

/**
 * <fine-timeline>: ctrl + wheel zoom in, drag left and back, `+` `+` `+` `-` `-` `-`
 * on the focused marker, ctrl + wheel zoom out.
 * @param {import('puppeteer-core').Page} page
 */
export async function panZoomTimeline(page) {
  const box = await page.evaluate(() => {
    const el = /** @type {HTMLElement} */ (document.querySelector('fine-timeline'));
    const plot = el.shadowRoot?.querySelector('[part~="plot"]');
    const r = (plot ?? el).getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, plot: !!plot };
  });
  if (!box.plot) return { error: 'no [part="plot"] in <fine-timeline> (vertical layout?)' };
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const seen = [await page.evaluate(timelineSignature)];
  await page.mouse.move(cx, cy);
  await page.evaluate(() => window.__bench.startFrames());

  // 1. zoom in: ctrl + wheel, what a trackpad pinch sends
  await page.keyboard.down('Control');
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel({ deltaY: -60 });
    await sleep(PACE);
  }
  await page.keyboard.up('Control');
  seen.push(await page.evaluate(timelineSignature));

  // 2. drag: 40 moves of 12 px towards the start, then back
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(cx - i * 12, cy);
    await sleep(PACE);
  }
  seen.push(await page.evaluate(timelineSignature));
  for (let i = 39; i >= 0; i--) {
    await page.mouse.move(cx - i * 12, cy);
    await sleep(PACE);
  }
  await page.mouse.up();

  // 3. keys on the focused marker (the roving tab stop)
  await page.evaluate(() => {
    const root = document.querySelector('fine-timeline')?.shadowRoot;
    /** @type {HTMLElement | null | undefined} */ (root?.querySelector('[data-i][tabindex="0"]'))?.focus();
  });
  for (const key of /** @type {import('puppeteer-core').KeyInput[]} */ (['+', '+', '+', '-', '-', '-'])) {
    await page.keyboard.press(key);
    await sleep(100);
    seen.push(await page.evaluate(timelineSignature));
  }

  // 4. zoom back out
  await page.keyboard.down('Control');
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel({ deltaY: 60 });
    await sleep(PACE);
  }
  await page.keyboard.up('Control');
  await sleep(200);
  seen.push(await page.evaluate(timelineSignature));
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  return { ...frames, inputEffect: new Set(seen).size > 1, views: new Set(seen).size };
}

/**
 * TimelineJS: its time navigator pans by dragging and zooms with its menu-bar
 * buttons (it has no wheel or key zoom): zoom in ×3, drag 480 px left, drag
 * 480 px right, zoom out ×3.
 * @param {import('puppeteer-core').Page} page
 */
export async function panZoomTimelineJS(page) {
  const ui = await page.evaluate(() => {
    const rect = (sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width };
    };
    return {
      nav: rect('.tl-timenav'),
      zoomIn: rect('.tl-menubar-button:has(.tl-icon-zoom-in)'),
      zoomOut: rect('.tl-menubar-button:has(.tl-icon-zoom-out)'),
    };
  });
  if (!ui.nav || !ui.zoomIn || !ui.zoomOut) return { error: 'TimelineJS navigator or zoom buttons not found' };
  const signature = () => document.querySelector('.tl-timenav-slider')?.getAttribute('style') ?? '';
  const seen = [await page.evaluate(signature)];
  await page.evaluate(() => window.__bench.startFrames());
  for (let i = 0; i < 3; i++) {
    await page.mouse.click(ui.zoomIn.x, ui.zoomIn.y);
    await sleep(300);
  }
  await sleep(700); // its zoom animates; a drag during the animation is ignored
  seen.push(await page.evaluate(signature));
  // two drags of 480 px, one each way (it applies a drag when the button is released)
  const { x, y } = ui.nav;
  for (const dir of [-1, 1]) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      await page.mouse.move(x + dir * i * 12, y);
      await sleep(PACE);
    }
    await page.mouse.up();
    await sleep(500);
    seen.push(await page.evaluate(signature));
  }
  for (let i = 0; i < 3; i++) {
    await page.mouse.click(ui.zoomOut.x, ui.zoomOut.y);
    await sleep(300);
  }
  await sleep(200);
  seen.push(await page.evaluate(signature));
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  return { ...frames, inputEffect: new Set(seen).size > 1, views: new Set(seen).size };
}
