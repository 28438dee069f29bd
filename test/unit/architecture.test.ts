// docs/ARCHITECTURE.md names files and folders; each one it names must exist, so the map stays true.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, readSource } from '../support/sourceTree';

describe('docs/ARCHITECTURE.md', () => {
  it('names only paths that exist', () => {
    const doc = readSource('docs/ARCHITECTURE.md');
    const named = [...doc.matchAll(/(?:^|[\s`(])((?:bot|cards|domain|storage|i18n|test|reports|docs)\/[\w./-]*[\w/])/gm)].map((m) => m[1]);
    const paths = [...new Set(named)].filter((p) => !p.includes('<'));
    assert.ok(paths.length > 25, `${paths.length} paths named`);
    assert.deepEqual(
      paths.filter((p) => !fs.existsSync(path.join(ROOT, p))),
      [],
    );
  });
});
