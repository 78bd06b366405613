// Readability checks that Prettier and ESLint leave out (part of `npm run lint`):
// - templates in src/ read as markup: no line of an html``, svg`` or css``
//   literal runs past 120 characters (Prettier wraps the outer html and css
//   literals, but leaves a one-line template nested in `${…}` and svg ones);
// - no other line in src/ runs past 200 characters (a JSDoc tag or a regular
//   expression written on one line), but a sentence: a message string, which
//   Prettier cannot break and a reader reads whole;
// - no Prettier ignore comment anywhere: the formatting is Prettier's;
// - no comment cites a tracker number: say what the code does and why.
// Prints each problem as file:line and exits 1 if there is any.
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import ts from 'typescript';

const MAX = 120;
const DIRS = ['src', 'tests', 'stories', '.storybook', 'bin', 'scripts', 'bench', 'demo', 'themes', '.ci'];
const CODE = new Set(['.ts', '.js', '.mjs', '.jsx', '.css', '.html', '.mdx', '']);
const SKIP = new Set(['node_modules', 'dist', 'screenshots', '.tmp']);

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const path = join(dir, e.name);
    return e.isDirectory() ? walk(path) : CODE.has(extname(e.name)) ? [path] : [];
  });
}

const files = [
  ...DIRS.flatMap(walk),
  ...readdirSync('.').filter((f) => /\.(js|mjs|ts)$/.test(f) || /^tsconfig.*\.json$/.test(f)),
];
/** @type {string[]} */
const problems = [];
const TAGS = new Set(['html', 'svg', 'css']);

/**
 * Lines of html``, svg`` and css`` literals longer than MAX.
 * @param {string} file
 * @param {string} text
 */
function longTemplateLines(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const first = source.getLineAndCharacterOfPosition(node.template.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.template.getEnd()).line;
      for (let i = first; i <= last; i++) {
        if ((lines[i] ?? '').length > MAX) {
          problems.push(
            `${file}:${i + 1}: a ${node.tag.text}\`\` line of ${lines[i]?.length} characters (at most ${MAX})`,
          );
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

const LONG = 200;
/** A line that is one string and nothing else, with its key: `key: 'a sentence…',`. */
const SENTENCE = /^\s*(?:(?:[\w$]+|'[^']*'):\s*)?(['"`]).*\1,?$/;

const TRACKER = /\bissues? #?\d+/i;
const IGNORE = 'prettier' + '-ignore';
const SELF = 'scripts/check-source.js';

for (const file of files.filter((f) => f !== SELF)) {
  const text = readFileSync(file, 'utf8');
  if (file.startsWith('src/') && file.endsWith('.ts')) longTemplateLines(file, text);
  text.split('\n').forEach((line, i) => {
    if (file.startsWith('src/') && line.length > LONG && !SENTENCE.test(line)) {
      problems.push(`${file}:${i + 1}: a line of ${line.length} characters (at most ${LONG} unless it is one string)`);
    }
    if (line.includes(IGNORE)) problems.push(`${file}:${i + 1}: ${IGNORE} (let Prettier format it)`);
    if (TRACKER.test(line)) problems.push(`${file}:${i + 1}: cites a tracker number ("${line.match(TRACKER)?.[0]}")`);
  });
}

const unique = [...new Set(problems)];
for (const p of unique) console.error(p);
if (unique.length) {
  console.error(`check-source: ${unique.length} problem(s)`);
  process.exit(1);
}
console.log(`check-source: ${files.length} files, templates and lines readable, no ${IGNORE}, no tracker numbers`);
