// A pasted list's buttons as a contract (cards/logListCard.ts): the keys, line numbers and other lines a card carries,
// checked and capped before "Fortryd hele listen" or "Tilføj kommende" read them.
import assert from 'node:assert/strict';
import { readLogListButton } from '../../../cards/logListCard';
import { MAX_LOG_LIST_LINES } from '../../../domain/logList';

describe("a pasted list's buttons as a contract (cards/logListCard.ts)", () => {
  it('keeps the keys and line numbers as the card wrote them, and the other lines that read as such', () => {
    const others = [
      { line: 1, text: 'Status – siden sidst', outcome: 'heading' },
      { line: 3, text: 'noget', outcome: 'unread', why: 'Ingen slags' },
      { line: 4, text: 'presse TV2', outcome: 'already', kind: 'press', happenedOn: '2024-11-19', tags: ['TV2', 7] },
    ];
    assert.deepEqual(readLogListButton({ entries: ['e|a', 'e|b'], lines: [2, 5], others }), {
      entries: ['e|a', 'e|b'],
      lines: [2, 5],
      others: [others[0], others[1], { ...others[2], tags: ['TV2'] }],
    });
  });

  it('drops what is no key, line or line view, and caps every list at the paste limit', () => {
    const read = readLogListButton({
      entries: [...Array.from({ length: 80 }, (_, i) => `e|${i}`), 42],
      lines: Array.from({ length: 80 }, () => -1),
      others: [{ line: 2, text: 'x', outcome: 'saved' }, { line: 0, text: 'y', outcome: 'heading' }, 'junk'],
    });
    assert.equal(read.entries.length, MAX_LOG_LIST_LINES);
    assert.deepEqual(read.lines, Array(MAX_LOG_LIST_LINES).fill(0));
    assert.deepEqual(read.others, []);
    assert.deepEqual(readLogListButton({ entries: 'e|a', lines: {}, others: null }), { entries: [], lines: [], others: [] });
  });
});
