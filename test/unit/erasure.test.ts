import assert from 'node:assert/strict';
import {
  idsBesideName,
  mentionsPerson,
  namesPerson,
  replaceName,
  scrubProperties,
  scrubValue,
  type ErasureTarget,
} from '../../domain/erasure';
import { changedFields, newestFirst, snapshot, type ChangeRecord } from '../../domain/history';
import { readForget, adminRefusal } from '../../bot/commands/privacy/forget';

const ID = '6d4f6b2e-0000-4000-8000-000000000002';
const member: ErasureTarget = { mode: 'member', name: 'Bo Madsen', ids: [ID] };
const text: ErasureTarget = { mode: 'text', name: 'Jens Kragholm', ids: [] };

describe('erasure (pure)', () => {
  it('finds a name as whole words in any case and spacing, in the genitive too, never inside another word', () => {
    assert.equal(namesPerson('Møde med bo  madsen i går', 'Bo Madsen'), true);
    assert.equal(namesPerson('Bo Madsensen var der', 'Bo Madsen'), false);
    assert.equal(namesPerson('Obo Madsen var der', 'Bo Madsen'), false);
    assert.equal(replaceName('Jens Kragholm og JENS KRAGHOLM', 'Jens Kragholm', '[slettet]'), '[slettet] og [slettet]');
    // The genitive the erasure used to miss (issue 28), Danish and English, and a name ending in s.
    assert.equal(scrubValue('Jens Hansens notat', { mode: 'text', name: 'Jens Hansen', ids: [] }), '[slettet] notat');
    const jens: ErasureTarget = { mode: 'text', name: 'Jens Hansen', ids: [] };
    assert.equal(scrubValue("Jens Hansen's note, Jens Hansen’s mail", jens), '[slettet] note, [slettet] mail');
    assert.equal(scrubValue("Anders Jens' bil", { mode: 'text', name: 'Anders Jens', ids: [] }), '[slettet] bil');
    assert.equal(scrubValue('Bo Madsens kontor', member), 'tidligere medlems kontor');
  });

  it('drops the genitive forms from search words too', () => {
    const jens: ErasureTarget = { mode: 'text', name: 'Jens Hansen', ids: [] };
    const out = scrubValue({ text: 'Jens Hansens notat', words: ['jens', 'hansens', 'notat'] }, jens) as { words: string[] };
    assert.deepEqual(out.words, ['notat']);
  });

  it("erases a colleague by object id: a namesake's id and the name beside it stay, and a lone name stays when shared", () => {
    const other = '6d4f6b2e-0000-4000-8000-00000000000b';
    const shared: ErasureTarget = { mode: 'member', name: 'Bo Madsen', ids: [ID], nameAlone: false };
    const rows = [
      { authorName: 'Bo Madsen', authorAadId: ID, text: 'møde med Bo Madsen' },
      { authorName: 'Bo Madsen', authorAadId: other, text: 'notat' },
      {
        participants: [
          { name: 'Bo Madsen', aadObjectId: other },
          { name: 'Bo Madsen', aadObjectId: ID },
        ],
      },
    ];
    assert.deepEqual(scrubValue(rows, shared), [
      { authorName: 'tidligere medlem', authorAadId: 'tidligere medlem', text: 'møde med Bo Madsen' },
      { authorName: 'Bo Madsen', authorAadId: other, text: 'notat' },
      {
        participants: [
          { name: 'Bo Madsen', aadObjectId: other },
          { name: 'tidligere medlem', aadObjectId: 'tidligere medlem' },
        ],
      },
    ]);
  });

  it("replaces a colleague's name and id in fields, texts and JSON, and tells when nothing changed", () => {
    const entry = {
      authorName: 'Bo Madsen',
      authorAadId: ID,
      text: 'Undone by Bo Madsen',
      participants: [{ name: 'bo madsen', aadObjectId: ID }],
      kind: 'press',
    };
    const out = scrubValue(entry, member) as typeof entry;
    assert.deepEqual(out, {
      authorName: 'tidligere medlem',
      authorAadId: 'tidligere medlem',
      text: 'Undone by tidligere medlem',
      participants: [{ name: 'tidligere medlem', aadObjectId: 'tidligere medlem' }],
      kind: 'press',
    });
    const untouched = { authorName: 'Anne Sørensen', text: 'Bo Madsensen kontor' };
    assert.equal(scrubValue(untouched, member), untouched);
    const props = scrubProperties({ before: JSON.stringify(entry), by: 'Karen' }, member)!;
    assert.equal(mentionsPerson(props, member), false);
    assert.equal(props.by, 'Karen');
    assert.equal(scrubProperties({ by: 'Karen', n: 3 }, member), undefined);
  });

  it("drops the erased name's words from a changed object's search words", () => {
    const out = scrubValue({ text: 'møde med Jens Kragholm om mikrolån', words: ['møde', 'jens', 'kragholm', 'mikrolån'] }, text) as {
      text: string;
      words: string[];
    };
    assert.equal(out.text, 'møde med [slettet] om mikrolån');
    assert.deepEqual(out.words, ['møde', 'mikrolån']);
  });

  it('finds the object ids that stand beside the name, in rows and in JSON inside them', () => {
    const ids = idsBesideName(
      { byName: 'Bo Madsen', byAadId: ID, after: JSON.stringify({ authorName: 'Anne', authorAadId: 'anne-id' }) },
      'bo madsen',
    );
    assert.deepEqual([...ids], [ID]);
    const paired = idsBesideName(
      { participants: [{ name: 'Bo Madsen', aadObjectId: ID }], result: JSON.stringify({ by: 'Bo Madsen', byAadId: ID }) },
      'Bo Madsen',
    );
    assert.deepEqual([...paired], [ID]);
  });

  it("never takes another person's id that stands in the same object as the name", () => {
    // A deadline Anne wrote and Bo marked done; Anne's result whose text names Bo; an approval run Bo marked.
    const item = { title: 'Slutrapport', doneBy: 'Bo Madsen', authorName: 'Anne Sørensen', authorAadId: 'anne-id' };
    const result = { text: 'Bo Madsen talte 2.000', by: 'Anne Sørensen', byAadId: 'anne-id' };
    const run = { authorName: 'Anne Sørensen', authorAadId: 'anne-id', approvals: [{ who: 'Hjørring', by: 'Bo Madsen', byAadId: ID }] };
    assert.deepEqual([...idsBesideName([item, result, JSON.stringify(run)], 'Bo Madsen')], [ID]);
  });

  it('reads /glem and /glem tekst, and lets only ADMINS erase', () => {
    assert.deepEqual(readForget('Bo Madsen'), { mode: 'member', name: 'Bo Madsen' });
    assert.deepEqual(readForget('tekst Jens Kragholm'), { mode: 'text', name: 'Jens Kragholm' });
    assert.deepEqual(readForget('text Jens Kragholm'), { mode: 'text', name: 'Jens Kragholm' });
    assert.equal(readForget(' '), undefined);
    const author = { name: 'Karen', aadObjectId: 'ABC', id: '29:k' };
    assert.equal(adminRefusal({ admins: [] }, { author }), 'forget.noAdmins');
    assert.equal(adminRefusal({ admins: ['xyz'] }, { author }), 'forget.notAdmin');
    assert.equal(adminRefusal({ admins: ['abc'] }, { author }), undefined);
  });
});

describe('the change history (pure)', () => {
  it('names the fields that changed, leaving derived ones out', () => {
    assert.deepEqual(changedFields({ text: 'a', words: ['a'], kind: 'press' }, { text: 'b', words: ['b'], kind: 'press' }), [
      { field: 'text', before: 'a', after: 'b' },
    ]);
    assert.deepEqual(changedFields(undefined, { text: 'b' }), []);
    assert.deepEqual(snapshot({ text: 'a', words: ['a'] }), { text: 'a' });
  });

  it('orders records newest first', () => {
    const r = (at: string, action: ChangeRecord['action']): ChangeRecord => ({
      entityKind: 'entry',
      entityId: 'x',
      action,
      at,
      by: { name: 'A', aadObjectId: 'a' },
    });
    assert.deepEqual(
      newestFirst([r('2024-01-01T00:00:00Z', 'created'), r('2024-02-01T00:00:00Z', 'edited')]).map((x) => x.action),
      ['edited', 'created'],
    );
  });
});
