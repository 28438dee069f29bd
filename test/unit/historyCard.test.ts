// The history card in words: Danish field names and Danish dates, never a stored field name or an ISO date.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { historyRow } from '../../cards/privacyCards';
import type { ChangeRecord } from '../../domain/history';
import { t } from '../../i18n/catalog';

const today = DateTime.fromISO('2019-11-20T10:00', { zone: 'Europe/Copenhagen' });
const by = { name: 'Anne Sørensen', aadObjectId: 'a' };

describe('the history card in words', () => {
  it('an entry\'s date edited: "Dato" and "Dato som skrevet" with Danish dates, not happenedOn/dateText and ISO dates', () => {
    const record: ChangeRecord = {
      entityKind: 'entry',
      entityId: 'e1',
      action: 'edited',
      by,
      at: '2019-11-06T09:15:00.000Z',
      before: { kind: 'meeting', text: 'Møde med KL i tirsdags', happenedOn: '2019-11-05', dateText: 'i tirsdags', words: ['x'] },
      after: { kind: 'letter', text: 'Møde med KL i mandags', happenedOn: '2019-11-04', dateText: 'i mandags', words: ['y'] },
    };
    const row = historyRow(record, 'da', today);
    assert.equal(row.meta, 'onsdag d. 6. november kl. 10.15 · Anne Sørensen');
    assert.equal(
      row.text,
      'Rettet: Art "møde" → "henvendelse"; Tekst "Møde med KL i tirsdags" → "Møde med KL i mandags"; ' +
        'Dato "tirsdag d. 5. november" → "mandag d. 4. november"; Dato som skrevet "i tirsdags" → "i mandags"',
    );
    assert.doesNotMatch(row.text, /happenedOn|dateText|2019-11|words/);
  });

  it("colleagues by name, a linked result by its text, an item's type in words, bookkeeping left out", () => {
    const record: ChangeRecord = {
      entityKind: 'entry',
      entityId: 'e2',
      action: 'edited',
      by,
      at: '2019-11-06T09:15:00.000Z',
      before: { participants: [], result: undefined, batchId: 'b1' },
      after: {
        participants: [{ name: 'Bo Madsen', aadObjectId: 'b' }],
        result: { id: 'r', experiment: 'mikrolån', text: '14 borgere fik et lån' },
        batchId: 'b2',
      },
    };
    const text = historyRow(record, 'da', today).text;
    assert.equal(text, 'Rettet: Kolleger "–" → "Bo Madsen"; Brugt resultat "–" → "14 borgere fik et lån"');
    const item = historyRow(
      {
        entityKind: 'item',
        entityId: 'i',
        action: 'edited',
        by,
        at: '2019-11-06T09:15:00.000Z',
        before: { type: 'deadline' },
        after: { type: 'event' },
      },
      'da',
      today,
    ).text;
    assert.equal(item, 'Rettet: Type "Frist" → "Arrangement"');
  });

  it('a thing without changes says so without "skrevet før historikken fandtes" (a new install has no such things)', () => {
    assert.doesNotMatch(t('history.none', 'da'), /før historikken/);
  });
});
