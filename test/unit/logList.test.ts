// A list pasted after /log (domain/logList.ts): which messages are lists, how a line's kind is found, what a line reads
// as, and when two texts are the same entry.
import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { entryTextKey, kindInLine, listLines, readPastedList } from '../../domain/logList';
import { SEED_EXPERIMENTS, SEED_STAKEHOLDERS } from '../../domain/vocabulary';

const today = DateTime.fromISO('2019-11-20T10:00', { zone: 'Europe/Copenhagen' });
const lists = { stakeholders: SEED_STAKEHOLDERS, experiments: SEED_EXPERIMENTS };
const isList = (text: string) => readPastedList(text, today, lists).list;

describe('a list pasted after /log', () => {
  it('takes bullets and dashes off, but not a date that starts a line', () => {
    assert.deepEqual(
      listLines('• Møde med KL\n- presse P1\n– besøg STAR\n* brev\n▪ film\n1) pris\n7. november oplæg').map((l) => [l.text, l.bulleted]),
      [
        ['Møde med KL', true],
        ['presse P1', true],
        ['besøg STAR', true],
        ['brev', true],
        ['film', true],
        ['pris', true],
        ['7. november oplæg', false],
      ],
    );
  });

  it('is a list with two bullets, or lines that each say what or when (a heading above them aside)', () => {
    assert.equal(isList('- Møde med KL\n- Noget helt andet'), true);
    assert.equal(isList('møde med KL i går\nbesøg fra STAR i dag'), true);
    assert.equal(isList('Status siden sidst\nmøde med KL i går\nbesøg fra STAR d. 4. november'), true);
    assert.equal(isList('møde med KL om samtalerne\nhvor vi aftalte et nyt møde'), false, 'one sentence on two lines');
    assert.equal(isList('møde med KL i går'), false);
  });

  it('finds the kind anywhere in a line, the first written; "andre" decides nothing', () => {
    assert.equal(kindInLine('Pressedækning af mikrolån i P1'), 'press');
    assert.equal(kindInLine('KL har inviteret til møde om samtaler'), 'meeting');
    assert.equal(kindInLine('Oplæg på Folkemødet'), 'event');
    assert.equal(kindInLine('Deltagelse i JobCamp'), 'event');
    assert.equal(kindInLine('Vi talte med andre kommuner'), undefined);
  });

  it('reads each line as a /log of its own, and the heading as a heading', () => {
    const pasted = readPastedList(
      'Status på interessevaretagelse – siden sidst\n• Besøg fra STAR i starten af oktober\n• Noget med kaffe',
      today,
      lists,
    );
    assert.ok(pasted.list && 'lines' in pasted);
    assert.deepEqual(
      pasted.lines.map((r) => (r.ok ? `${r.draft.kind} ${r.draft.happenedOn}` : r.problem.code)),
      ['heading', 'visit 2019-10-01', 'noKind'],
    );
  });

  it('does not read a list beyond 50 lines or 5,000 characters', () => {
    const long = readPastedList(Array(51).fill('- møde i går').join('\n'), today, lists);
    assert.deepEqual(long, { list: true, tooLong: { lines: 51, chars: 51 * 10 } });
    const wide = readPastedList(
      Array(6)
        .fill(`- møde ${'x'.repeat(990)}`)
        .join('\n'),
      today,
      lists,
    );
    assert.ok(wide.list && 'tooLong' in wide);
  });

  it('costs little even at its limits (a guard: the figure itself belongs in a bench)', () => {
    const widest = Array(50)
      .fill(`møde med KL om mikrolån i Hjørring d. 12. november og TV 2 Nord ${'x'.repeat(30)}`)
      .join('\n');
    const t0 = process.hrtime.bigint();
    const read = readPastedList(widest, today, lists);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.ok(read.list && 'lines' in read && read.lines.length === 50);
    assert.ok(ms < 1000, `${ms} ms`);
  });

  it('compares texts as a reader does', () => {
    assert.equal(entryTextKey('Møde med KL, om samtaler.'), entryTextKey('møde  med KL om samtaler'));
    assert.notEqual(entryTextKey('Møde med KL'), entryTextKey('Møde med STAR'));
  });
});
