// /søg and /hvem read what their list rows show from the index rows they read (issue 26): no read of each hit's
// entry, so their storage round trips do not grow with the hits, on SQLite and on Azurite alike (where there is no
// multi-get: a read per entry was a round trip per row shown). Index rows written before they carried it are read
// through their entries, and the backfill writes them again, after which the reads are the same as for new rows.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { BACKENDS, type OpenBackend } from '../support/backends';
import { shownText } from '../support/handlerKit';
import { servicesOn } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import type { Services } from '../../bot/services';
import type { Turn } from '../../bot/turn';
import { findCommand } from '../../bot/commands/find';
import { whoCommand } from '../../bot/commands/who';
import { allHelp } from '../../bot/commands/registry';
import type { CommandDescriptor } from '../../bot/commands/types';
import { LogRepository, type LogEntry } from '../../storage/logRepository';
import type { StoreAction } from '../../storage/tableStore';
import { usageOf } from '../../storage/tables';
import { searchWords } from '../../domain/text';

const SCOPE = 'tenant|team|find-reads';
/** What the index rows carry for the list row (absent on rows written before they did). */
const LISTED = ['text', 'authorName', 'writtenAt', 'dateText', 'period', 'coming', 'fromMessage'];

function entry(n: number, word: string): LogEntry {
  const day = `2024-${String(1 + (n % 10)).padStart(2, '0')}-${String(1 + (n % 27)).padStart(2, '0')}`;
  const text = `Møde med KL om ${word} i går, nummer ${n}`;
  return {
    id: `${word}${String(n).padStart(4, '0')}`,
    kind: 'meeting',
    text,
    happenedOn: day,
    dateText: 'i går',
    authorName: 'Anne Sørensen',
    authorAadId: 'anne',
    writtenAt: `${day}T09:00:00.000Z`,
    stakeholders: ['KL'],
    outlets: [],
    experiments: [],
    municipalities: [],
    words: searchWords(text),
  };
}

for (const backend of BACKENDS) {
  describe(`/søg and /hvem read their hits from the index rows (${backend.name})`, function () {
    this.timeout(120_000);
    let open: OpenBackend;
    let services: Services;
    const turn = (): Turn => ({
      now: DateTime.fromISO('2024-11-20T10:00', { zone: 'Europe/Copenhagen' }),
      zone: 'Europe/Copenhagen',
      lang: 'da',
      scope: { key: SCOPE, kind: 'team', tenantId: 'tenant', teamId: 't1' },
      author: { name: 'Anne Sørensen', aadObjectId: 'anne', id: '29:anne' },
      activityId: 'a1',
      conversationId: '19:general@thread.tacv2',
      mentions: [],
    });
    /** The command's answer and its storage round trips (after a first run, so the lists' cache is warm). */
    const measured = async (command: CommandDescriptor, args: string) => {
      await command.run({ turn: turn(), args, services, help: allHelp });
      const before = usageOf(open.tables).requests;
      const replies = await command.run({ turn: turn(), args, services, help: allHelp });
      return { shown: shownText(replies), trips: usageOf(open.tables).requests - before };
    };

    before(async () => {
      open = await backend.open();
      const config = loadConfig({ DATA_DIR: '', TABLES_CONNECTION_STRING: '' });
      const logger = createLogger('error', () => undefined);
      const clock = { now: () => DateTime.fromISO('2024-11-20T09:00:00Z') };
      const erasures = { journal: { record: async () => undefined }, purge: async () => undefined } as unknown as Services['erasures'];
      services = servicesOn(open.tables, config, logger, clock, () => 'http://127.0.0.1:3978', erasures);
      const log = new LogRepository(open.tables.log);
      for (let n = 0; n < 25; n++) await log.add(SCOPE, entry(n, 'limfjordsbroen'));
      await log.add(SCOPE, entry(0, 'aggersund'));
    });
    after(() => open.close());

    it('shows 25 hits in as many round trips as one, each with its date, kind, author and dated text', async () => {
      const one = await measured(findCommand, 'aggersund');
      const many = await measured(findCommand, 'limfjordsbroen');
      assert.match(one.shown, /Møde med KL om aggersund/);
      assert.match(many.shown, /25/);
      // The text's "i går" is dated as of the day it was written, and the meta line names the author.
      assert.match(many.shown, /Møde med KL om limfjordsbroen søndag d\. 20\. oktober, nummer 19/);
      assert.match(many.shown, /Møde · Anne Sørensen/);
      assert.equal(many.trips, one.trips, `/søg: ${many.trips} round trips for 25 hits, ${one.trips} for one`);
      // One range read each of the log's words (which hold its author rows too), the items' and the results' words.
      assert.ok(many.trips <= 3, `/søg: ${many.trips} round trips`);
      // What Anne logged, from the author word rows in the same read as the word "anne".
      const byAnne = await measured(findCommand, 'Anne');
      assert.match(byAnne.shown, /26/);
      assert.ok(byAnne.trips <= 3, `/søg Anne: ${byAnne.trips} round trips`);
      const who = await measured(whoCommand, 'KL');
      assert.match(who.shown, /26/);
      assert.match(who.shown, /limfjordsbroen søndag d\. 20\. oktober, nummer 19/);
      assert.ok(who.trips <= 3, `/hvem: ${who.trips} round trips`);
    });

    it('reads index rows written before they carried the list row through their entries, and the backfill writes them again', async () => {
      const store = open.tables.log;
      const log = new LogRepository(store);
      const old = 'tenant|team|find-reads-old';
      // The entries as the version before stored them: word, author and stakeholder rows with the hit only.
      for (let n = 0; n < 12; n++) {
        const rows = log.rowsFor(old, entry(n, 'hals'));
        const bare = rows.map((r) =>
          /^(word|who|by)\|/.test(r.rowKey) ? Object.fromEntries(Object.entries(r).filter(([k]) => !LISTED.includes(k))) : r,
        );
        await store.transaction(bare.map((r): StoreAction => ['create', r as never]));
      }
      const hits = await log.hitsForWord(old, 'hals');
      assert.equal(hits.length, 12);
      assert.ok(hits.every((h) => h.listed === undefined));
      const shown = await log.listed(old, hits);
      assert.deepEqual(
        shown.map((e) => e?.text),
        hits.map((h) => `Møde med KL om hals i går, nummer ${Number(h.id.slice(4))}`),
      );
      // That read advanced the backfill, which finished the scope (12 entries: one page).
      const again = await log.hitsForWord(old, 'hals');
      assert.ok(again.every((h) => h.listed?.text.startsWith('Møde med KL om hals')));
      const who = await log.hitsForStakeholder(old, 'KL');
      assert.ok(who.every((h) => h.listed?.dateText === 'i går'));
      assert.deepEqual(await log.backfillListed(old), { done: true, entries: 0 });
      const before = usageOf(open.tables).requests;
      await log.listed(old, again);
      assert.equal(usageOf(open.tables).requests, before, 'nothing read once the rows carry it');
    });

    it('finds older entries by their author before and after the backfill writes their author word rows', async () => {
      const store = open.tables.log;
      const scope = 'tenant|team|find-reads-authors';
      const isAuthorWord = (rowKey: string) => /^word\|.*\|by$/.test(rowKey);
      // The entries as the version before stored them: without author word rows (and with the author rows, by|).
      for (let n = 0; n < 7; n++) {
        const rows = new LogRepository(store).rowsFor(scope, entry(n, 'skagen'));
        await store.transaction(rows.filter((r) => !isAuthorWord(r.rowKey)).map((r): StoreAction => ['create', r as never]));
      }
      const log = new LogRepository(store);
      const before = { byAuthor: await log.hitsForAuthor(scope, 'Anne') };
      assert.equal(before.byAuthor.length, 7, 'found through the author rows (by|)');
      // /søg's first read of the scope writes them (7 entries: one page of the backfill) and then reads them.
      const first = await log.hitsForWordsAndAuthor(scope, ['anne'], 'Anne');
      assert.equal(first.byAuthor.length, 7);
      assert.deepEqual(first.perWord, [[]], 'no text of theirs holds "anne"');
      assert.deepEqual(await log.backfillAuthorWords(scope), { done: true, entries: 0 }, 'the read above finished the scope');
      const trips = usageOf(open.tables).requests;
      const after = await log.hitsForWordsAndAuthor(scope, ['anne'], 'Anne');
      assert.equal(usageOf(open.tables).requests - trips, 1, 'one range read for the word and the author');
      assert.deepEqual(after.byAuthor.map((h) => h.id).sort(), before.byAuthor.map((h) => h.id).sort());
      assert.ok(after.byAuthor.every((h) => h.listed?.authorName === 'Anne Sørensen'));
      // Whole words of the name only, as before: "ann" is not Anne, "sørensen" is not the name's start.
      assert.deepEqual((await log.hitsForWordsAndAuthor(scope, ['ann'], 'ann')).byAuthor, []);
      assert.deepEqual((await log.hitsForWordsAndAuthor(scope, ['sørensen'], 'Sørensen')).byAuthor, []);
      assert.equal((await log.hitsForWordsAndAuthor(scope, ['anne', 'sørensen'], 'Anne Sørensen')).byAuthor.length, 7);
      // The text search leaves the author rows out.
      assert.deepEqual(await log.hitsForWord(scope, 'anne'), []);
      // An entry written without its author word row is undone and edited whole (a row it lacks is not deleted).
      const writtenBefore = entry(7, 'skagen');
      await store.transaction(
        log
          .rowsFor(scope, writtenBefore)
          .filter((r) => !isAuthorWord(r.rowKey))
          .map((r): StoreAction => ['create', r as never]),
      );
      const edited = { ...writtenBefore, text: 'Møde med KL om skagen, rettet', words: searchWords('Møde med KL om skagen, rettet') };
      await log.replace(scope, writtenBefore, edited);
      assert.ok((await log.hitsForWordsAndAuthor(scope, ['anne'], 'anne')).byAuthor.some((h) => h.id === edited.id));
      assert.equal(await log.undo(scope, edited, { name: 'Anne Sørensen', aadObjectId: 'anne' }, '2024-11-20T10:00:00.000Z'), 'undone');
      const left = await store.range(scope, 'word|', 'word}');
      assert.ok(!left.some((r) => r.rowKey.endsWith(`|${edited.id}|by`) || r.rowKey.endsWith(`|${edited.id}`)));
    });
  });
}
