// The Node flags `npm start` gives the bot (package.json's start script), so that every bench measures the process
// users run. BENCH_BOT_NODE_OPTIONS replaces them (e.g. to compare flags, or to add --cpu-prof).
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');

function startScriptFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const m = /^node\s+(.*?)\s*dist\/bot\/index\.js/.exec(pkg.scripts.start ?? '');
  return (m?.[1] ?? '').split(/\s+/).filter(Boolean);
}

export function botFlags(): string[] {
  return process.env.BENCH_BOT_NODE_OPTIONS !== undefined
    ? process.env.BENCH_BOT_NODE_OPTIONS.split(' ').filter(Boolean)
    : startScriptFlags();
}
