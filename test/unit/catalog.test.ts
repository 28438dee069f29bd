import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOG, fill, listText, t, type MessageId } from '../../i18n/catalog';
import { spellingsOf } from '../../bot/commandGrammar';
import { allCommands, allHelp } from '../../bot/commands/registry';
import { HELP_SECTIONS } from '../../cards/helpCard';

const COMMAND_SPELLINGS = spellingsOf(allCommands);
import { digestProblemText } from '../../bot/commands/digest/digest';
import { remindProblemText } from '../../bot/commands/digest/remind';
import { parseDigestCommand } from '../../domain/schedule';
import { parseRemindCommand } from '../../domain/reminders';

const ROOT = path.resolve(__dirname, '../../..');
const ids = Object.keys(CATALOG) as MessageId[];
const LANGS = ['da', 'en'] as const;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]!).sort();
}

/** Every "/word" a text names. */
function commandsNamed(text: string): string[] {
  return [...text.matchAll(/(?:^|[\s"(“])\/([\p{L}]+)/gu)].map((m) => m[1]!.toLowerCase());
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return d.name.endsWith('.ts') ? [p] : [];
  });
}

describe('the message catalog', () => {
  it('has every id in Danish and in English, with the same placeholders in both', () => {
    for (const id of ids) {
      const entry = CATALOG[id] as Record<string, unknown>;
      for (const lang of LANGS) {
        assert.ok(typeof entry[lang] === 'string' && (entry[lang] as string).trim() !== '', `${id} has no ${lang} text`);
      }
      assert.deepEqual(placeholders(CATALOG[id].da), placeholders(CATALOG[id].en), `${id}: Danish and English take different values`);
    }
  });

  it('names Danish commands in Danish texts and English ones in English texts', () => {
    const only = (lang: 'da' | 'en') => new Set(COMMAND_SPELLINGS.filter((s) => s.lang === lang).map((s) => s.name));
    const englishOnly = only('en');
    const danishOnly = only('da');
    const wrong: string[] = [];
    for (const id of ids) {
      for (const name of commandsNamed(CATALOG[id].da)) if (englishOnly.has(name)) wrong.push(`${id} (da): /${name}`);
      for (const name of commandsNamed(CATALOG[id].en)) if (danishOnly.has(name)) wrong.push(`${id} (en): /${name}`);
    }
    assert.deepEqual(wrong, []);
    // The check itself sees a command where a text names one.
    assert.deepEqual(commandsNamed('Skriv fx "/digest fra" eller /frist'), ['digest', 'frist']);
  });

  it('has no entry that no source file uses', () => {
    const catalogFile = path.join(ROOT, 'i18n', 'catalog.ts');
    const sources = ['bot', 'cards', 'domain', 'storage', 'i18n', 'reports']
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .map((file) => {
        const text = fs.readFileSync(file, 'utf8');
        // In the catalog itself only what follows the entries counts as a use.
        return file === catalogFile ? text.slice(text.indexOf('export type MessageId')) : text;
      })
      .join('\n');
    // The help card's ids are named by the commands' descriptors (`help.<line>.example`) and its headings' order.
    const help = new Set([
      ...allHelp.flatMap((h) => h.lines.flatMap((line) => [`help.${line}.example`, `help.${line}.text`])),
      ...HELP_SECTIONS.map((section) => `help.heading.${section}`),
    ]);
    const unused = ids.filter((id) => !help.has(id) && !sources.includes(`'${id}'`) && !sources.includes(`"${id}"`));
    assert.deepEqual(unused, []);
  });

  it('fills values, plurals and numbers the way each language writes them', () => {
    assert.equal(t('timeline.title', 'da', { saved: 1 }), '1 frist gemt');
    assert.equal(t('timeline.title', 'da', { saved: 3 }), '3 frister gemt');
    assert.equal(t('timeline.undone', 'en', { n: 1 }), 'Undone: 1 deadline removed again.');
    assert.equal(t('find.heading', 'da', { query: 'KL', n: 12345 }), 'Søgning: "KL": 12.345 fund');
    assert.equal(t('find.heading', 'en', { query: 'KL', n: 12345 }), 'Search: "KL": 12,345 found');
    assert.equal(t('find.heading', 'da', { query: 'KL', n: 2024 }), 'Søgning: "KL": 2024 fund');
    assert.equal(t('word.daysAgo', 'da', { n: 1 }), '1 dag siden');
    assert.equal(listText(['a', 'b', 'c'], 'da'), 'a, b og c');
    assert.equal(listText(['a', 'b'], 'en'), 'a and b');
    // A value is put in as it is: braces in user text are not read again.
    assert.equal(fill('"{text}"', 'da', { text: '{text}' }), '"{text}"');
    assert.equal(fill('{missing}', 'da', {}), '{missing}');
  });

  it("turns the domain's error codes into words that name the Danish commands", () => {
    const digest = parseDigestCommand('fredag 25:00');
    assert.ok(digest.kind === 'error');
    assert.equal(
      digestProblemText(digest, digest.lang),
      '"25:00" er ikke et gyldigt klokkeslæt. Skriv fx "/overblik tirsdag 9:00", "/overblik fredag kl. 14.30", "/overblik fra" eller "/overblik til".',
    );
    const remind = parseRemindCommand('frist syv');
    assert.ok(remind.kind === 'error');
    assert.match(remindProblemText(remind, remind.lang), /^"syv" er ikke et antal dage \(0-365\)\. Skriv fx "\/påmind frist 14 7 1"/);
    const english = parseRemindCommand('event');
    assert.ok(english.kind === 'error');
    assert.match(remindProblemText(english, english.lang), /^How many days before\? Write e\.g\. "\/remind deadline/);
  });
});
