// Debian's Chromium as every tool here starts it (tests, Storybook smoke test,
// benchmark): /usr/bin/chromium unless CHROME_PATH says otherwise; no sandbox
// (CI runs as root), no GPU, and nothing that reaches for the network, which
// this machine does not have.
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
