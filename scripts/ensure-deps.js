#!/usr/bin/env node
// Installs what a command needs when it is missing or older than package-lock.json, so that `npm start` and
// `npm test` each work alone on a fresh clone:
//
//   node scripts/ensure-deps.js start   # dependencies only (the bot, esbuild and TeamsJS for its build): npm ci --omit=dev
//   node scripts/ensure-deps.js test    # also devDependencies (mocha, Azurite, ...), for the tests and the bench,
//                                       # and Debian's chromium for the tab's browser tests (apt-get, as root)
//
// `start` leaves out the test tools (Azurite alone is about 300 MB); `test` after `start` adds them without
// reinstalling. Nothing is compiled: the embedded store uses Node's built-in node:sqlite, so switching Node needs no
// rebuild either.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const lock = path.join(root, 'package-lock.json');
const marker = path.join(root, 'node_modules', '.package-lock.json'); // npm rewrites it on every install

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function allInstalled(deps) {
  return Object.keys(deps ?? {}).every((name) => fs.existsSync(path.join(root, 'node_modules', name, 'package.json')));
}

function npm(args, why) {
  process.stdout.write(`${why} (npm ${args.join(' ')})...\n`);
  const bin = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // --prefer-offline: what the npm cache holds is used without asking the registry whether it changed (the lock
  // pins every version and its checksum anyway).
  const flags = ['--no-audit', '--no-fund', '--prefer-offline'];
  const result = spawnSync(bin, [...args, ...flags], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const purpose = process.argv[2];
if (purpose !== 'start' && purpose !== 'test') {
  process.stderr.write('usage: node scripts/ensure-deps.js start|test\n');
  process.exit(2);
}
const installed = mtime(marker);
const current = installed !== undefined && installed >= mtime(lock) && allInstalled(pkg.dependencies);
if (purpose === 'start') {
  if (!current) npm(['ci', '--omit=dev'], 'Installing what the bot needs to run');
} else if (!current) {
  npm(['ci'], 'Installing the bot and its test tools');
} else if (!allInstalled(pkg.devDependencies)) {
  npm(['install', '--include=dev', '--no-save'], 'Adding the test tools');
}
if (purpose === 'test') ensureChromium();

/** The tab's browser tests drive Debian's Chromium (test/support/browser.ts): installed where missing and allowed. */
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (process.platform !== 'linux' || fs.existsSync(chromium)) return;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' });
  if (apt.status !== 0 || typeof process.getuid !== 'function' || process.getuid() !== 0) {
    process.stdout.write(
      "Note: no Chromium at /usr/bin/chromium, so the tab's browser tests will be skipped " + '(sudo apt-get install -y chromium).\n',
    );
    return;
  }
  process.stdout.write("Installing Debian's chromium for the tab's browser tests (apt-get install -y chromium)...\n");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const result = spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit', env });
  if (result.status !== 0) {
    process.stdout.write("Could not install chromium: the tab's browser tests will be skipped.\n");
    if (process.env.CI) process.exit(1); // CI reaches Debian's packages: a failure there is a failure
  }
}
