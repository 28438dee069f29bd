import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

// The supported Node release lines are written in four places: package.json's engines (what npm checks), .ci/run
// (what CI tests), infra/main.bicep (what App Service may run) and the docs. This holds the first three together, so a
// line is never promised without being tested, nor tested without being promised.

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

function majorsOfEngines(): number[] {
  const range = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
  return range.split('||').map((part) => Number(/\^(\d+)\./.exec(part.trim())?.[1]));
}

describe('supported Node lines', () => {
  it('CI runs the suite on exactly the release lines that package.json engines accepts', () => {
    const loop = /for node in ([\d. ]+); do/.exec(read('.ci/run'));
    assert.ok(loop, '.ci/run names its Node versions in one for loop');
    const tested = loop[1]!
      .trim()
      .split(/\s+/)
      .map((version) => Number(version.split('.')[0]));
    assert.deepEqual(tested, majorsOfEngines());
  });

  it('App Service may run each supported line and no other', () => {
    const allowed = /@allowed\(\[('NODE\|[^\]]+)\]\)\s*\nparam nodeVersion/.exec(read('infra/main.bicep'));
    assert.ok(allowed, 'main.bicep has an @allowed list for nodeVersion');
    const lines = [...allowed[1]!.matchAll(/NODE\|(\d+)-lts/g)].map((m) => Number(m[1]));
    assert.deepEqual(lines, majorsOfEngines());
  });

  it('the README and the deploy guide name every supported line', () => {
    for (const major of majorsOfEngines()) {
      assert.match(read('README.md'), new RegExp(`\\b${major}\\.\\d+\\.\\d+\\b`), `README names a tested ${major}.x release`);
      assert.match(read('docs/DEPLOY.md'), new RegExp(`\\b${major}\\.\\d+\\.\\d+\\b`), `DEPLOY.md names a tested ${major}.x release`);
    }
  });
});
