#!/usr/bin/env node
// Runs `npm ci` when node_modules is missing or older than package-lock.json, so that `npm start` and `npm test`
// each work alone on a fresh clone.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const lock = path.join(root, 'package-lock.json');
const marker = path.join(root, 'node_modules', '.package-lock.json'); // npm rewrites it on every install

function mtime(file) {
  try { return fs.statSync(file).mtimeMs; } catch { return undefined; }
}

const installed = mtime(marker);
if (installed === undefined || installed < mtime(lock)) {
  process.stdout.write('Installing dependencies (npm ci)...\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
