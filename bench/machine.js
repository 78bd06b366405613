// What the benchmark ran on: results are only comparable on the same machine.
import { readFileSync } from 'node:fs';
import os from 'node:os';

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** @param {string} browserVersion from puppeteer's browser.version(), e.g. "Chrome/156.0.8078.108" */
export function describeMachine(browserVersion) {
  const cpuinfo = read('/proc/cpuinfo');
  const osRelease = read('/etc/os-release');
  return {
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
    ramBytes: os.totalmem(),
    os: /^PRETTY_NAME="?([^"\n]+)"?/m.exec(osRelease)?.[1] ?? `${os.type()} ${os.release()}`,
    kernel: os.release(),
    chromium: browserVersion.replace(/^(Headless)?Chrome\//, ''),
    node: process.version,
    loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

/** Load average now (1, 5, 15 min). */
export const loadAverage = () => os.loadavg().map((v) => Math.round(v * 100) / 100);
