// A log text read later: every relative day word gets its real date, as of the day the entry was written.
import assert from 'node:assert/strict';
import { datedDateText, datedText, relativePhraseDate } from '../../domain/datedText';
import { DateTime } from 'luxon';

const ZONE = 'Europe/Copenhagen';
/** An entry written on Tuesday 5 November 2019 at 10:00 Copenhagen time. */
const entry = (text: string, more: Record<string, unknown> = {}) => ({
  text,
  happenedOn: '2019-11-05',
  writtenAt: '2019-11-05T09:00:00.000Z',
  ...more,
});

describe('datedText: no relative day word stands alone on a slide, a workbook or a CSV', () => {
  it('replaces "i går", "i fredags", "i onsdags" with the day they meant, without the year of writing', () => {
    assert.equal(
      datedText(entry('P1 interviewede jobcenterchefen i går', { dateText: 'i går', happenedOn: '2019-11-04' }), ZONE),
      'P1 interviewede jobcenterchefen mandag d. 4. november',
    );
    assert.equal(
      datedText(entry('Møde med KL i fredags om samtaler', { dateText: 'i fredags', happenedOn: '2019-11-01' }), ZONE),
      'Møde med KL fredag d. 1. november om samtaler',
    );
    assert.equal(datedText(entry('I onsdags ringede STAR'), ZONE), 'Onsdag d. 30. oktober ringede STAR', 'capitalised first');
  });

  it("reads every phrase as of the day of writing, in the scope's zone (23:30 UTC is the next day in Copenhagen)", () => {
    assert.equal(
      datedText(entry('Brev sendt i dag, svar kommer i morgen', { writtenAt: '2019-11-04T23:30:00.000Z' }), ZONE),
      'Brev sendt tirsdag d. 5. november, svar kommer onsdag d. 6. november',
    );
    assert.equal(datedText(entry('for to dage siden skrev Nordjyske'), ZONE), 'Søndag d. 3. november skrev Nordjyske');
    assert.equal(datedText(entry('besøg sidste uge'), ZONE), 'besøg uge 44');
    assert.equal(datedText(entry('Møde på fredag med KL'), ZONE), 'Møde fredag d. 8. november med KL', '"på fredag" is the coming one');
    assert.equal(datedText(entry('met them yesterday'), ZONE), 'met them Monday 4 November', 'an English phrase in English');
    assert.equal(
      datedText(
        entry('Artikel 31. december i går', { writtenAt: '2020-01-01T09:00:00.000Z', dateText: 'i går', happenedOn: '2019-12-31' }),
        ZONE,
      ),
      'Artikel 31. december tirsdag d. 31. december 2019',
      "another year than the writing day's is written",
    );
  });

  it("uses the date the bot saved for the entry's own date phrase (an entry logged from a message: that message's day)", () => {
    const fromMessage = { id: 'm', authorName: 'A', authorAadId: 'a', at: '2019-10-30T09:00:00.000Z' };
    assert.equal(datedText(entry('STAR besøgte os i går', { fromMessage }), ZONE), 'STAR besøgte os tirsdag d. 29. oktober');
    assert.equal(
      datedText(
        entry('Møde med KL på fredag', {
          dateText: 'på fredag',
          happenedOn: '2019-11-05',
          coming: { start: '2019-11-08', end: '2019-11-08', form: { kind: 'day' } },
        }),
        ZONE,
      ),
      'Møde med KL fredag d. 8. november',
    );
  });

  it('leaves words that only look alike: "i dagens avis", "fredagsbar", a written date', () => {
    for (const text of ['Omtale i dagens avis', 'Fredagsbar med KL', 'Møde fredag d. 8. november', 'Idagsorden', '']) {
      assert.equal(datedText(entry(text), ZONE), text);
    }
  });

  it('writes the date words column with the date beside a relative phrase, anything else as typed', () => {
    assert.equal(datedDateText(entry('x', { dateText: 'i går', happenedOn: '2019-11-04' }), ZONE), 'i går (mandag d. 4. november)');
    assert.equal(datedDateText(entry('x', { dateText: '21/11' }), ZONE), '21/11');
    assert.equal(datedDateText(entry('x'), ZONE), '');
  });

  it('knows what each phrase means', () => {
    const tue = DateTime.fromISO('2019-11-05', { zone: 'utc' });
    const day = (p: string) => relativePhraseDate(p, tue)?.start;
    assert.equal(day('i forgårs'), '2019-11-03');
    assert.equal(day('i overmorgen'), '2019-11-07');
    assert.equal(day('næste fredag'), '2019-11-15');
    assert.equal(day('sidste mandag'), '2019-11-04');
    assert.equal(day('i tirsdags'), '2019-10-29', 'the last one, not today');
    assert.equal(day('3 days ago'), '2019-11-02');
    assert.equal(day('on Friday'), '2019-11-08');
    assert.equal(relativePhraseDate('something', tue), undefined);
  });
});
