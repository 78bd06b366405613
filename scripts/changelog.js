// @ts-check
// CHANGELOG.md for `npm version` (package.json's `preversion` and `version`
// scripts):
//   node scripts/changelog.js check     the Unreleased section lists something to release
//   node scripts/changelog.js release   after npm has bumped package.json: the Unreleased
//                                       entries become the new version's section, dated
//                                       today, and src/core/version.ts follows
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHANGELOG = 'CHANGELOG.md';
const VERSION_MODULE = 'src/core/version.ts';
const UNRELEASED = '## [Unreleased]';

/** The Unreleased section's text (its `### Added`… lists), without its heading. */
export function unreleased(/** @type {string} */ text) {
  const start = text.indexOf(UNRELEASED);
  if (start < 0) throw new Error(`${CHANGELOG} has no "${UNRELEASED}" section`);
  const body = text.slice(start + UNRELEASED.length);
  const next = body.search(/^## \[/m);
  return (next < 0 ? body : body.slice(0, next)).trim();
}

/**
 * The changelog with the Unreleased entries moved under `## [version] - date`
 * and an empty Unreleased section above them.
 * @param {string} text @param {string} version @param {string} date YYYY-MM-DD
 */
export function release(text, version, date) {
  const entries = unreleased(text);
  if (!/^### /m.test(entries)) throw new Error(`nothing to release: ${UNRELEASED} lists no change`);
  if (text.includes(`## [${version}]`)) throw new Error(`${CHANGELOG} already has a section for ${version}`);
  const start = text.indexOf(UNRELEASED);
  const rest = text.slice(start + UNRELEASED.length);
  const next = rest.search(/^## \[/m);
  const after = next < 0 ? '' : rest.slice(next);
  return `${text.slice(0, start)}${UNRELEASED}\n\n## [${version}] - ${date}\n\n${entries}\n${after ? `\n${after}` : ''}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  const text = readFileSync(CHANGELOG, 'utf8');
  try {
    if (command === 'check') {
      if (!/^### /m.test(unreleased(text))) throw new Error(`nothing to release: ${UNRELEASED} lists no change`);
    } else if (command === 'release') {
      const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
      writeFileSync(CHANGELOG, release(text, version, new Date().toISOString().slice(0, 10)));
      const code = readFileSync(VERSION_MODULE, 'utf8');
      writeFileSync(VERSION_MODULE, code.replace(/VERSION = '[^']*'/, `VERSION = '${version}'`));
      console.log(`${CHANGELOG} and ${VERSION_MODULE}: ${version}`);
    } else {
      throw new Error('usage: node scripts/changelog.js check|release');
    }
  } catch (e) {
    console.error(`changelog: ${/** @type {Error} */ (e).message}`);
    process.exit(1);
  }
}
