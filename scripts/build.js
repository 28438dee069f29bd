#!/usr/bin/env node
// Compiles the TypeScript into dist/, only what changed: `tsc -b` skips the compiler in about 0.2 s when no source,
// no tsconfig and no earlier error asks for a build (a new or deleted source does); the app's transpile skips every
// source older than its output. Then removes the outputs of deleted sources, which neither removes (a stale
// dist/test/*.test.js would still run under mocha).
//
//   node scripts/build.js app   # the bot only, transpiled by esbuild without a type check (scripts/transpile-app.js):
//                               # what `npm start` needs, with nothing but the production install
//   node scripts/build.js       # everything (tsconfig.json, type-checked by tsc): the bot, the tests and the bench
// Both then build the tab's front end (scripts/build-tab.js), which the bot serves; `app` without its type check.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

const TARGETS = {
  app: { entry: 'dist/bot/index.js' },
  all: { config: 'tsconfig.json', entry: 'dist/bench/run.js' },
};

/** Runs `tsc -b`; --force when dist lost its entry point but kept the build info that says all is built. */
function compile({ config, entry }) {
  const manifest = require.resolve('typescript/package.json', { paths: [root] });
  const tsc = path.join(path.dirname(manifest), require(manifest).bin.tsc);
  const args = [tsc, '-b', config];
  if (!fs.existsSync(path.join(root, entry))) args.push('--force');
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

/** The source a dist file was made from: dist/x/y.js, .js.map or .d.ts from x/y.ts; dist/x/y.json from x/y.json. */
function sourceOf(distFile) {
  const rel = path.relative(dist, distFile);
  if (rel.endsWith('.json')) return path.join(root, rel);
  const stem = rel.replace(/(\.d)?\.(js|ts)(\.map)?$/, '');
  return stem === rel ? undefined : path.join(root, `${stem}.ts`);
}

/** Deletes outputs whose source is gone, and folders left empty; returns how many files went. */
function removeOrphans(dir) {
  let removed = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      removed += removeOrphans(file);
      if (fs.readdirSync(file).length === 0) fs.rmdirSync(file);
    } else if (dir !== dist && !file.startsWith(path.join(dist, 'public'))) {
      // dist's own: tsc's build info; public: the tab's bundle
      const source = sourceOf(file);
      if (source && !fs.existsSync(source)) {
        fs.unlinkSync(file);
        removed++;
      }
    }
  }
  return removed;
}

const target = TARGETS[process.argv[2] ?? 'all'];
if (!target) {
  process.stderr.write(`usage: node scripts/build.js [${Object.keys(TARGETS).join('|')}]\n`);
  process.exit(2);
}
const run = (script, ...args) =>
  spawnSync(process.execPath, [path.join(__dirname, script), ...args], { cwd: root, stdio: 'inherit' }).status ?? 1;
let status = target.config ? compile(target) : run('transpile-app.js');
// The tab's front end (tab/ into dist/public), which the server serves: skipped when nothing in tab/ changed.
if (status === 0) status = target.config ? run('build-tab.js') : run('build-tab.js', '--no-check');
if (fs.existsSync(dist)) {
  const removed = removeOrphans(dist);
  if (removed > 0) process.stdout.write(`removed ${removed} file(s) from dist/ whose source was deleted\n`);
}
process.exit(status);
