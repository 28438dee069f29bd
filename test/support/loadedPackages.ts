// Preloaded (node --require) into a bot process started by a test: answers { cmd: 'loaded-packages' } over the IPC
// channel with the npm packages the process has loaded so far (from require.cache), so a test can see what the
// production entry loads at start and what it loads only when a feature is used.
const NODE_MODULES = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/g;

/** The package a loaded file belongs to (the innermost node_modules), or undefined for the project's own files. */
function packageOf(file: string): string | undefined {
  const found = [...file.matchAll(NODE_MODULES)].pop();
  return found?.[1]?.replace(/\\/g, '/');
}

export function loadedPackages(): string[] {
  const names = new Set<string>();
  for (const file of Object.keys(require.cache)) {
    const name = packageOf(file);
    if (name) names.add(name);
  }
  return [...names].sort();
}

if (process.send) {
  process.on('message', (m: { cmd?: string }) => {
    if (m?.cmd === 'loaded-packages') process.send!({ loadedPackages: loadedPackages() });
  });
  // The channel must not keep the bot alive after SIGTERM.
  process.channel?.unref();
}
