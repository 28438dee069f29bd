// A list pasted after /log (domain/logList.ts): which messages are lists, how a line's kind is found, what a line reads
// as, and when two texts are the same entry.
import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { entryTextKey, isLogList, kindInLine, listLines, readLogList, readsOnItsOwn } from '../../domain/logList';
import { SEED_EXPERIMENTS, SEED_STAKEHOLDERS } from '../../domain/vocabulary';

const today = DateTime.fromISO('2019-11-20T10:00', { zone: 'Europe/Copenhagen' });
const lists = { stakeholders: SEED_STAKEHOLDERS, experiments: SEED_EXPERIMENTS };
const isList = (text: string) => isLogList(text, (line) => readsOnItsOwn(line, today, lists));

describe('a list pasted after /log', () => {
  it('takes bullets and dashes off, but not a date that starts a line', () => {
    assert.deepEqual(listLines('• Møde med KL\n- presse P1\n– besøg STAR\n* brev\n▪ film\n1) pris\n7. november oplæg').map((l) => [l.text, l.bulleted]), [
      ['Møde med KL', true], ['presse P1', true], ['besøg STAR', true], ['brev', true], ['film', true], ['pris', true],
      ['7. november oplæg', false],
    ]);
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
    const read = readLogList('Status på interessevaretagelse – siden sidst\n• Besøg fra STAR i starten af oktober\n• Noget med kaffe', today, lists);
    assert.deepEqual(read.map((r) => (r.ok ? `${r.draft.kind} ${r.draft.happenedOn}` : r.problem.problem)), ['heading', 'visit 2019-10-01', 'noKind']);
  });

  it('compares texts as a reader does', () => {
    assert.equal(entryTextKey('Møde med KL, om samtaler.'), entryTextKey('møde  med KL om samtaler'));
    assert.notEqual(entryTextKey('Møde med KL'), entryTextKey('Møde med STAR'));
  });
});
