// `npm start`: the URL the dev server prints serves a page that leads to the
// demo article in Arabic, English and French, and each of those pages is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/**
 * Runs `npm start` on a free port (`-- --port 0`) until it prints its URL.
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
function start() {
  // its own process group, so stop() ends npm and the server it started
  const child = spawn('npm', ['start', '--', '--port', '0'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`npm start printed no URL within 60 s:\n${out}`));
    }, 60_000);
    const read = (/** @type {Buffer} */ chunk) => {
      // Vite colours its output; the URL is what follows "Local:"
      out += stripVTControlCharacters(chunk.toString());
      const url = out.match(/Local:\s+(http:\/\/\S+)/)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a URL:\n${out}`)));
  });
}

test('npm start prints a URL whose page links the demo in Arabic, English and French', async () => {
  const { url, stop } = await start();
  try {
    const landing = await fetch(url);
    assert.equal(landing.status, 200, url);
    const html = await landing.text();
    const links = [...html.matchAll(/<a href="(\/demo\/[^"]*)"[^>]*>([^<]+)<\/a>/g)].map(([, href, name]) => ({
      href,
      name,
    }));
    assert.deepEqual(
      links.map((l) => l.name),
      ['العربية', 'English', 'Français'],
    );
    assert.match(html, /npm run storybook/);
    for (const { href } of links) {
      const page = await fetch(new URL(href, url));
      assert.equal(page.status, 200, href);
      const text = await page.text();
      assert.match(text, /<fine-story src="\/data\/amazon-cnpd-2021\.story\.json"[ >]/, href);
      assert.match(text, /<fine-timeline/, href);
    }
  } finally {
    stop();
  }
});
