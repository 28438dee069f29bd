#!/usr/bin/env node
// Builds the tab's front end (tab/) into dist/public: type-checks it with tsc, bundles and minifies it with esbuild
// (main.js, TeamsJS in a chunk of its own that only Teams loads, main.css), and prints the sizes against the budget.
// A bundle over budget fails the build: the page must stay quick to open in a Teams tab on a slow connection.
//
//   node scripts/build-tab.js [--force]   # type-check (once per change of the sources) and bundle what changed
//   node scripts/build-tab.js --no-check  # bundle only: `npm start`, whose production install has no tsc
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist', 'public');

/** Bytes after gzip: what crosses the wire. The page's own code, and TeamsJS (loaded in Teams only). */
const BUDGET = { page: 12 * 1024, teams: 30 * 1024, css: 4 * 1024 };

function typeCheck() {
  const manifest = require.resolve('typescript/package.json', { paths: [root] });
  const tsc = path.join(path.dirname(manifest), require(manifest).bin.tsc);
  return spawnSync(process.execPath, [tsc, '-p', 'tab/tsconfig.json'], { cwd: root, stdio: 'inherit' }).status ?? 1;
}

/** Newest change among the sources (tab/ and the API types it imports). */
function newestSource() {
  const files = fs
    .readdirSync(path.join(root, 'tab'))
    .map((f) => path.join(root, 'tab', f))
    .concat(path.join(root, 'bot', 'tab', 'apiTypes.ts'));
  return Math.max(...files.map((f) => fs.statSync(f).mtimeMs));
}

/** True when the file exists and is newer than every source. */
function fresh(file) {
  return fs.existsSync(file) && fs.statSync(file).mtimeMs > newestSource();
}

async function main() {
  const force = process.argv.includes('--force');
  const check = !process.argv.includes('--no-check');
  // Written after a type check (outside dist/public, which a bundle replaces), so that a bundle made by `npm start`
  // without one is still checked by the next full build.
  const checked = path.join(root, 'dist', '.tab-checked');
  if (check && (force || !fresh(checked))) {
    if (typeCheck() !== 0) process.exit(1);
    fs.mkdirSync(path.dirname(checked), { recursive: true });
    fs.writeFileSync(checked, '');
  }
  if (!force && fresh(path.join(out, 'main.js'))) return;
  const esbuild = require('esbuild');
  fs.rmSync(out, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: 'tab/main.ts', 'main.css': 'tab/main.css' },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: ['chrome110', 'safari16', 'firefox115'],
    chunkNames: '[name]-[hash]',
    entryNames: '[name]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // esbuild names a CSS entry "main.css.css": keep the plain name the page asks for.
  if (fs.existsSync(path.join(out, 'main.css.css'))) fs.renameSync(path.join(out, 'main.css.css'), path.join(out, 'main.css'));
  const sizes = { page: 0, teams: 0, css: 0 };
  const lines = [];
  for (const file of fs.readdirSync(out).sort()) {
    const body = fs.readFileSync(path.join(out, file));
    const gz = zlib.gzipSync(body, { level: 9 }).length;
    const part = file.endsWith('.css') ? 'css' : file === 'main.js' ? 'page' : 'teams';
    sizes[part] += gz;
    lines.push(
      `  ${file.padEnd(28)} ${(body.length / 1024).toFixed(1).padStart(7)} KB  ${(gz / 1024).toFixed(1).padStart(6)} KB gzip  (${part})`,
    );
  }
  void result;
  process.stdout.write(`tab front end (dist/public):\n${lines.join('\n')}\n`);
  const over = Object.entries(BUDGET).filter(([k, max]) => sizes[k] > max);
  const kb = (part) => `${(sizes[part] / 1024).toFixed(1)}/${BUDGET[part] / 1024} KB`;
  const verdict = over.length ? '  OVER BUDGET' : '';
  process.stdout.write(`  budget (gzip): page ${kb('page')}, TeamsJS ${kb('teams')}, css ${kb('css')}${verdict}\n`);
  if (over.length) process.exit(1);
}

main().catch((err) => {
  process.stderr.write(`${err.stack || err}\n`);
  process.exit(1);
});
