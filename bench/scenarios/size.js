// Bytes: gzip (level 9) and brotli (quality 11) of every self-contained
// module in dist/cdn, alone (English inside) and with the words it loads in
// each other language, against size-budgets.json, and of TimelineJS's JS and
// CSS, with scripts/size.js's own measure().
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { budgets, measure, measureWithWords, wordLanguages } from '../../scripts/size.js';
import { ROOT } from '../data.js';
import { CDN_FILES } from '../elements.js';

const TLJS = 'node_modules/@knight-lab/timelinejs/dist';

export function sizeScenario() {
  const files = {};
  const missing = {};
  for (const name of CDN_FILES) {
    const file = `dist/cdn/${name}.js`;
    if (!existsSync(join(ROOT, file))) {
      const src = name === 'fine-kit' ? 'src/index.ts' : `src/${name}/index.ts`;
      missing[name] = existsSync(join(ROOT, src)) ? `${file} was not built` : `not built yet: ${src} does not exist`;
      continue;
    }
    const budget = budgets[`${name}.js`];
    const m = measure(join(ROOT, file));
    // what a reader downloads in each other language: the file and the words it loads
    const withWords = {};
    for (const lang of wordLanguages(join(ROOT, 'dist/cdn'))) {
      const w = measureWithWords(join(ROOT, file), lang);
      const wordsBudget = budgets[`${name}.js + ${lang}`];
      withWords[lang] = {
        files: w.files.map((f) => f.slice(ROOT.length + 1)),
        raw: w.raw,
        gzip: w.gzip,
        brotli: w.brotli,
        ...(wordsBudget ? { budget: wordsBudget, withinBudget: w.gzip <= wordsBudget } : {}),
      };
    }
    // the actor map's simulation, loaded only by a map with no baked layout (`fine-kit layout`)
    const lazyFile = `dist/cdn/${name}.simulation.js`;
    const simulation = existsSync(join(ROOT, lazyFile))
      ? { file: lazyFile, ...measure(join(ROOT, lazyFile)), budget: budgets[`${name}.simulation.js`] }
      : undefined;
    files[name] = {
      file,
      ...m,
      ...(budget ? { budget, withinBudget: m.gzip <= budget } : {}),
      withWords,
      ...(simulation ? { simulation } : {}),
    };
  }
  const js = measure(join(ROOT, TLJS, 'js/timeline.js'));
  const css = measure(join(ROOT, TLJS, 'css/timeline.css'));
  const font = measure(join(ROOT, TLJS, 'css/fonts/font.default.css'));
  const timelinejs = {
    version: '3.9.11',
    js: { file: `${TLJS}/js/timeline.js`, ...js },
    css: { file: `${TLJS}/css/timeline.css`, ...css },
    // loaded by default as well (from script_path); the Google fonts it names are blocked in the bench
    fontCss: { file: `${TLJS}/css/fonts/font.default.css`, ...font },
    total: { raw: js.raw + css.raw, gzip: js.gzip + css.gzip, brotli: js.brotli + css.brotli },
  };
  // ours is JS only: every element's CSS is inside its module
  const ratio = (name) =>
    files[name]
      ? { gzip: files[name].gzip / timelinejs.total.gzip, brotli: files[name].brotli / timelinejs.total.brotli }
      : undefined;
  return { files, missing, timelinejs, ratios: { timeline: ratio('timeline'), 'fine-kit': ratio('fine-kit') } };
}
