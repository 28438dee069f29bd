#!/usr/bin/env node
// The bot's sources into dist/ for `npm start`, without type-checking: esbuild turns each .ts into the CommonJS
// tsc would give (same paths, one file per source, source maps beside them) and the card templates (.json) are
// copied. Only what is newer than its output is redone, so a start after a build does nothing. The type check is
// `npm test`'s (tsc -b tsconfig.json); this keeps the TypeScript compiler and the @types out of the production install.
//
//   node scripts/transpile-app.js
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
/** What tsconfig.app.json includes: the bot and everything it imports. */
const SOURCE_DIRS = ['bot', 'reports', 'i18n', 'cards', 'storage', 'domain'];

function sources(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(file, found);
    else if ((entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) || entry.name.endsWith('.json')) found.push(file);
  }
  return found;
}

function outputOf(source) {
  return path.join(dist, path.relative(root, source)).replace(/\.ts$/, '.js');
}

function stale(source) {
  try {
    return fs.statSync(outputOf(source)).mtimeMs < fs.statSync(source).mtimeMs;
  } catch {
    return true;
  }
}

async function main() {
  const todo = SOURCE_DIRS.flatMap((dir) => sources(path.join(root, dir))).filter(stale);
  const json = todo.filter((f) => f.endsWith('.json'));
  const ts = todo.filter((f) => f.endsWith('.ts'));
  for (const file of json) {
    fs.mkdirSync(path.dirname(outputOf(file)), { recursive: true });
    fs.copyFileSync(file, outputOf(file));
  }
  if (ts.length > 0) {
    await require('esbuild').build({
      absWorkingDir: root,
      entryPoints: ts,
      outdir: dist,
      outbase: root,
      bundle: false,
      format: 'cjs',
      platform: 'node',
      target: 'node22',
      sourcemap: true,
      banner: { js: '"use strict";' }, // tsc's CommonJS is strict mode, and the sources are written as modules
      tsconfig: path.join(root, 'tsconfig.app.json'),
      logLevel: 'warning',
    });
  }
  if (todo.length > 0) process.stdout.write(`transpiled ${ts.length} and copied ${json.length} file(s) into dist/ (esbuild)\n`);
}

main().catch((err) => {
  process.stderr.write(`${err.stack || err}\n`);
  process.exit(1);
});
