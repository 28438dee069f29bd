// Rules the code keeps that no compiler checks: no import cycles, each card verb written in one file only, commands
// and card actions on narrow ports (never the whole Services, never the raw tables), no two files of the bot with one
// name, lines within 140 characters (Biome wraps code there but never splits a string).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { importCycles, importsOf, readSource, sourceFiles } from '../support/sourceTree';
import { allCommands } from '../../bot/commands/registry';

/** The contract itself (bot/commands/types.ts) names Services: what the turn loop hands every handler. */
const HANDLER_FILES = () => sourceFiles('bot/commands').filter((file) => file !== 'bot/commands/types.ts');

/** Where a handler's source takes the whole Services bag as its ports: a command without its Ports, an action (or
 *  its context) with Services where its Ports go, or a helper taking `services: Services`. */
function wholeServices(text: string): string[] {
  const typeArgs = String.raw`<(?:[^<>()]|<[^<>()]*>)*?,\s*Services\s*>`;
  return [
    ...text.matchAll(/:\s*CommandDescriptor\s*(?:<\s*Services\s*>)?\s*=/g),
    ...text.matchAll(new RegExp(String.raw`\b(?:action|ActionHandler|ActionContext)\s*${typeArgs}`, 'g')),
    ...text.matchAll(/\btype\s+\w*Ports\s*=\s*Services\s*;/g),
    ...text.matchAll(/\bservices\??\s*:\s*Services\s*[,)=;]/g),
  ].map((m) => m[0]);
}

/** The modules of storage/ a handler may import: the repositories, the schema's names and the keys (and the erasure's
 *  counts, a type). The tables and the stores under them are no handler's. */
const HANDLER_STORAGE = /^storage\/(\w+Repository|schema|keys|erasure)$/;

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

  it('has every command and card action declare the ports it uses (a Pick of Services), not the whole Services bag', () => {
    const loose = HANDLER_FILES().flatMap((file) => wholeServices(readSource(file)).map((found) => `${file}: ${found}`));
    assert.deepEqual(loose, []);
    // The rule finds what it is for, and only that.
    assert.deepEqual(wholeServices('export const fooCommand: CommandDescriptor = {'), [': CommandDescriptor =']);
    assert.equal(wholeServices('export const fooCommand: CommandDescriptor<Services> = {').length, 1);
    assert.equal(wholeServices('const a = action<LogButtonData, Services>({ verb, read, run });').length, 1);
    assert.equal(wholeServices('async function run(ctx: ActionContext<Map<string, number>, Services>) {}').length, 1);
    assert.equal(wholeServices('type FooPorts = Services;').length, 1);
    assert.equal(wholeServices('export async function openDialog(turn: Turn, services: Services, payload: unknown) {}').length, 1);
    assert.deepEqual(wholeServices('action<LogButtonData, Pick<Services, "log">>({}); const c: CommandDescriptor<Ports> = {'), []);
  });

  it('gives no command or card action the raw tables: from storage/ they import repositories, names and keys', () => {
    const raw = HANDLER_FILES().flatMap((file) =>
      importsOf(file)
        .filter((module) => module.startsWith('storage/') && !HANDLER_STORAGE.test(module))
        .map((module) => `${file} imports ${module}`),
    );
    assert.deepEqual(raw, []);
    assert.ok(!HANDLER_STORAGE.test('storage/tables') && !HANDLER_STORAGE.test('storage/sqliteTableStore'));
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
