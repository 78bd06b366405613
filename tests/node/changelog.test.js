// CHANGELOG.md keeps the Keep a Changelog shape that `npm version` relies on
// (scripts/changelog.js): an Unreleased section, dated version sections,
// the standard kinds of change, and the package's version either released
// there or about to be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { CHANGELOG, release, unreleased } from '../../scripts/changelog.js';

const text = readFileSync(CHANGELOG, 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const KINDS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];

test('CHANGELOG.md follows Keep a Changelog and states semantic versioning', () => {
  assert.match(text, /^# Changelog\n/);
  assert.match(text, /keepachangelog\.com/);
  assert.match(text, /semver\.org/);
  const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? '');
  assert.equal(headings[0], '[Unreleased]', 'the first section is Unreleased');
  const versions = headings.slice(1).map((h) => {
    const m = /^\[(\d+\.\d+\.\d+(?:-[\w.]+)?)\] - (\d{4}-\d{2}-\d{2})$/.exec(h);
    assert.ok(m, `"## ${h}" is not "## [x.y.z] - YYYY-MM-DD"`);
    return m[1] ?? '';
  });
  for (let i = 1; i < versions.length; i++) {
    assert.ok(semver.gt(versions[i - 1] ?? '', versions[i] ?? ''), 'versions go from newest to oldest');
  }
  for (const [, kind] of text.matchAll(/^### (.+)$/gm)) {
    assert.ok(KINDS.includes(kind ?? ''), `"### ${kind}" is not one of ${KINDS.join(', ')}`);
  }
});

test("the package's version is released in the changelog, or is the next one to be", () => {
  const released = text.includes(`## [${pkg.version}] - `);
  assert.ok(released || /^### /m.test(unreleased(text)), `${pkg.version} is neither released nor pending`);
});

test('npm version moves the Unreleased entries under the new version', () => {
  assert.match(pkg.scripts.preversion, /scripts\/changelog\.js check/);
  assert.match(pkg.scripts.version, /scripts\/changelog\.js release/);
  assert.match(pkg.scripts.version, /git add CHANGELOG\.md src\/core\/version\.ts/);
  const before = `# Changelog\n\nIntro.\n\n## [Unreleased]\n\n### Fixed\n\n- A fix.\n\n## [1.0.0] - 2026-01-02\n\n### Added\n\n- All.\n`;
  const after = release(before, '1.0.1', '2026-02-03');
  assert.equal(
    after,
    `# Changelog\n\nIntro.\n\n## [Unreleased]\n\n## [1.0.1] - 2026-02-03\n\n### Fixed\n\n- A fix.\n\n## [1.0.0] - 2026-01-02\n\n### Added\n\n- All.\n`,
  );
  assert.equal(unreleased(after), '');
  assert.throws(() => release(after, '1.0.2', '2026-02-04'), /nothing to release/);
  assert.throws(() => release(before, '1.0.0', '2026-02-04'), /already has a section/);
});
