// The Node version the README and package.json state is the one everything
// here runs on: this Node satisfies `engines.node`, and every installed
// package, dev tooling included, accepts the stated minimum (npm would
// print an EBADENGINE warning for any that does not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import semver from 'semver';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const range = pkg.engines?.node;
const minimum = range && semver.minVersion(range);

test('package.json states a minimum Node version', () => {
  assert.ok(semver.validRange(range), `engines.node is not a version range: ${range}`);
  assert.ok(minimum, `engines.node has no minimum: ${range}`);
});

test(`this Node (${process.version}) satisfies engines.node`, () => {
  assert.ok(
    semver.satisfies(process.version, range),
    `Node ${process.version} is older than package.json's engines.node (${range}): install a newer Node`,
  );
});

test('every package in package-lock.json runs on the stated minimum Node', () => {
  const refusing = Object.entries(lock.packages)
    .filter(([path, entry]) => path && entry.engines?.node)
    .filter(([, entry]) => !semver.satisfies(minimum, entry.engines.node, { includePrerelease: true }))
    .map(
      ([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${entry.engines.node}`,
    );
  assert.deepEqual(refusing, [], `these packages refuse Node ${minimum}: pin a version that accepts it`);
});

test('the README states the same minimum', () => {
  const readme = readFileSync('README.md', 'utf8');
  const stated = `${semver.major(minimum)}.${semver.minor(minimum)}`;
  assert.match(
    readme,
    new RegExp(`Node(\\.js)? ${stated.replace('.', '\\.')}\\b`),
    `README does not say Node ${stated}`,
  );
});
