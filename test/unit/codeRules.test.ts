// Rules the code keeps that no compiler checks: no import cycles, each card verb written in one file only, no two
// files of the bot with one name, lines within 140 characters (Biome wraps code there but never splits a string).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { importCycles, readSource, sourceFiles } from '../support/sourceTree';
import { allCommands } from '../../bot/commands/registry';

const CODE_DIRS = ['bot', 'cards', 'domain', 'storage', 'i18n', 'reports', 'bench', 'test', 'scripts'];

describe('the code rules', () => {
  it('has no import cycles, type-only imports included', () => {
    const files = CODE_DIRS.flatMap((d) => sourceFiles(d));
    assert.ok(files.length > 150, `read ${files.length} files`);
    assert.deepEqual(importCycles(files), []);
  });

  it('writes each card verb in one file only: the card module that exports it', () => {
    const verbs = allCommands.flatMap((c) => c.actions ?? []).map((a) => a.verb);
    assert.ok(verbs.length >= 25, `${verbs.length} verbs`);
    assert.equal(new Set(verbs).size, verbs.length, 'no verb is handled twice');
    const texts = CODE_DIRS.flatMap((d) => sourceFiles(d, ['.ts', '.json', '.js'])).map((file) => ({ file, text: readSource(file) }));
    const where = verbs.map((verb) => ({
      verb,
      files: texts
        .filter(({ text }) => text.includes(`'${verb}'`) || text.includes(`"${verb}"`) || text.includes(`\`${verb}\``))
        .map(({ file }) => file),
    }));
    assert.deepEqual(
      where.filter((w) => w.files.length !== 1 || !w.files[0].startsWith('cards/')),
      [],
    );
  });

  it('has every command declare the ports it uses (CommandDescriptor<Ports>), not the whole Services bag', () => {
    const loose = sourceFiles('bot/commands').filter((file) => /: CommandDescriptor = \{/.test(readSource(file)));
    assert.deepEqual(loose, []);
  });

  it('gives no two files of bot/ the same name', () => {
    const names = new Map<string, string[]>();
    for (const file of sourceFiles('bot')) names.set(path.basename(file), [...(names.get(path.basename(file)) ?? []), file]);
    assert.deepEqual(
      [...names.values()].filter((files) => files.length > 1),
      [],
    );
  });

  // Counted in UTF-8 bytes, as byte-counting tools (awk, some editors' rulers) count: an æøå line is held a little shorter.
  it("keeps the product's source lines within 140 characters (bytes), strings and comments included", () => {
    const long = ['bot', 'cards', 'domain', 'storage', 'i18n', 'reports']
      .flatMap((d) => sourceFiles(d))
      .flatMap((file) =>
        readSource(file)
          .split('\n')
          .map((line, i) => ({ at: `${file}:${i + 1}`, length: Buffer.byteLength(line) }))
          .filter((l) => l.length > 140),
      );
    assert.deepEqual(long, []);
  });
});
