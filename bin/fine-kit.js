#!/usr/bin/env node
// fine-kit command line: check, convert and publish stories. Each command is
// a module in bin/commands/ exporting `usage`, its own `options` for
// node:util's parseArgs, and `run({ values, files })` resolving to an exit code
// (2 prints the usage).
import { parseArgs } from 'node:util';

/** The commands, in the order the usage lists them. */
const COMMANDS = {
  validate: () => import('./commands/validate.js'),
  html: () => import('./commands/html.js'),
  embed: () => import('./commands/embed.js'),
  import: () => import('./commands/import.js'),
  export: () => import('./commands/export.js'),
  split: () => import('./commands/split.js'),
  preview: () => import('./commands/preview.js'),
  layout: () => import('./commands/layout.js'),
};

/** Options every command accepts. */
const COMMON = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
};

async function usage() {
  const lines = await Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).usage));
  return `Usage:\n${lines.join('\n')}\n`;
}

const name = process.argv[2];
if (!name || name === '--help' || name === '-h' || name === 'help') {
  process.stdout.write(await usage());
  process.exit(name ? 0 : 2);
}
if (!Object.hasOwn(COMMANDS, name)) {
  process.stderr.write(`fine-kit: unknown command "${name}"\n${await usage()}`);
  process.exit(2);
}
const command = await COMMANDS[/** @type {keyof typeof COMMANDS} */ (name)]();
let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(3),
    allowPositionals: true,
    options: /** @type {import('node:util').ParseArgsConfig['options']} */ ({ ...COMMON, ...command.options }),
  });
} catch (e) {
  process.stderr.write(`fine-kit ${name}: ${/** @type {Error} */ (e).message}\n${command.usage}\n`);
  process.exit(2);
}
if (/** @type {{ help?: boolean }} */ (parsed.values).help) {
  process.stdout.write(`Usage:\n${command.usage}\n`);
  process.exit(0);
}
const code = await command.run({ values: parsed.values, files: parsed.positionals });
if (code === 2) process.stderr.write(`Usage:\n${command.usage}\n`);
process.exitCode = code;
