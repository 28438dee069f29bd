import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { answerQuestion, MAX_QUESTION_CHARS } from '../../../../../bot/commands/items/questions';
import { deadlineCommand } from '../../../../../bot/commands/items/deadline';
import type { ItemReader } from '../../../../../bot/commands/items/itemListing';
import { keyDate, type Item } from '../../../../../domain/items';
import type { IsoDate } from '../../../../../domain/types';
import { turnAt } from '../../../../support/fakeTurn';

describe('plain-language questions (bot/commands/items/questions.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
    await kit.run(deadlineCommand, 'Slutrapport senest d. 28. november 2024');
  });
  after(() => kit.close());

  it("answers a due question with this month's deadlines", async () => {
    const replies = await answerQuestion('hvad skal vi nå i denne måned?', kit.turn(), kit.services);
    assert.ok(replies, 'a question');
    assert.match(shownText(replies), /Slutrapport/);
  });

  it('does not read a text longer than any question as one (the turn loop then answers "not understood")', async () => {
    const long = `hvad skal vi nå ${'i denne måned '.repeat(40)}`;
    assert.ok(long.length > MAX_QUESTION_CHARS);
    assert.equal(await answerQuestion(long, kit.turn(), kit.services), undefined);
    const atTheLimit = `hvad skal vi nå i denne måned?${' '.repeat(MAX_QUESTION_CHARS - 30)}`;
    assert.equal(atTheLimit.length, MAX_QUESTION_CHARS);
    assert.match(shownText((await answerQuestion(atTheLimit, kit.turn(), kit.services)) ?? []), /Slutrapport/);
  });
});

// A due question on its narrow port, with the items in memory: no HTTP, no storage.
/** Items in memory, answering the reads a listing makes the way ItemRepository does. */
function itemReader(items: Item[]): ItemReader {
  const open = () => items.filter((i) => !i.done && i.period);
  return {
    async dueBetween(_s: string, from: IsoDate, to: IsoDate, opts: { includeDone?: boolean } = {}) {
      return items.filter((i) => (opts.includeDone || !i.done) && keyDate(i) && keyDate(i)! >= from && keyDate(i)! <= to);
    },
    async overdue(_s: string, today: IsoDate) {
      return open().filter((i) => keyDate(i)! < today && i.period!.end < today);
    },
    async ongoing(_s: string, from: IsoDate, to: IsoDate) {
      return open().filter((i) => (keyDate(i)! > to && i.period!.start <= to) || (keyDate(i)! < from && i.period!.end >= from));
    },
    async get(_s: string, id: string) {
      return items.find((i) => i.id === id);
    },
    async undated() {
      return items.filter((i) => !i.period && !i.done);
    },
    async listing(s: string, from: IsoDate, to: IsoDate, today: IsoDate, opts: { includeDone?: boolean } = {}) {
      return {
        due: await this.dueBetween(s, from, to, opts),
        overdue: await this.overdue(s, today),
        ongoing: await this.ongoing(s, from, to),
      };
    },
  } as ItemReader;
}

function item(id: string, title: string, start: IsoDate, end = start, type: Item['type'] = 'deadline'): Item {
  return {
    id,
    type,
    title,
    done: false,
    period: { start, end, form: { kind: 'day' } },
    authorName: 'Anne',
    authorAadId: 'aad',
    writtenAt: '2024-11-01T10:00:00Z',
  };
}

describe('a due question on its ports', () => {
  it(
    '"hvad skal vi nå i december?" lists December\'s deadlines and not other months: ' +
      'a question about another period shows that period only',
    async () => {
      const items = itemReader([
        item('i1', 'Slutrapport', '2024-12-15'),
        item('i2', 'Budget', '2025-01-10'),
        item('i3', 'Høringssvar', '2024-11-01'),
      ]);
      const replies = await answerQuestion('hvad skal vi nå i december?', turnAt('2024-11-20T10:00'), { items });
      assert.ok(replies);
      assert.equal(replies[0]!.summary, 'Det, der skal nås');
      const card = JSON.stringify(replies[0]!.card);
      assert.ok(card.includes('Slutrapport'));
      assert.ok(!card.includes('Budget'));
      assert.ok(!card.includes('Høringssvar'), "November's overdue deadline belongs to answers about now (issue 13)");
    },
  );

  it('"when is" with no match says how to add it, in English', async () => {
    const replies = await answerQuestion('when is the final report?', turnAt('2024-11-20T10:00', 'en'), { items: itemReader([]) });
    assert.ok(replies);
    assert.match(replies[0]!.text!, /^I know of no deadline or event matching "final report"/);
  });

  it('leaves what is not a question to the turn loop', async () => {
    assert.equal(await answerQuestion('vi ses i morgen', turnAt('2024-11-20T10:00'), { items: itemReader([]) }), undefined);
  });

  it('answers a short thanks shortly, in its language', async () => {
    assert.deepEqual(await answerQuestion('tak for i dag', turnAt('2024-11-20T10:00'), { items: itemReader([]) }), [
      { text: 'Selv tak! Skriv bare, når der er mere at holde styr på.' },
    ]);
    assert.match(
      (await answerQuestion('thanks!', turnAt('2024-11-20T10:00', 'en'), { items: itemReader([]) }))![0]!.text!,
      /^You're welcome!/,
    );
  });
});
