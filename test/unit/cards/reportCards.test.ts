// /status's card stays within Teams' 28 KB however long the pasted timeline (cards/reportCards.ts cardMilestones): a
// card over it is not shown at all. It keeps the milestones that need attention and the nearest coming, in the
// timeline's order, and says how many more the workbook and /frister hold.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { CARD_MILESTONES, cardMilestones, statusCard } from '../../../cards/reportCards';
import { countEntries, milestonesOf, type ReportData } from '../../../domain/report';
import type { Item } from '../../../domain/items';

const today = DateTime.fromISO('2026-03-10T10:00', { zone: 'Europe/Copenhagen' });

function deadline(n: number, start: string, done = false): Item {
  return {
    id: `d${n}`,
    type: 'deadline',
    title: `Milepæl nummer ${n} i evalueringen af frikommuneforsøgene`,
    period: { start, end: start, form: { kind: 'day' } },
    done,
    authorName: '',
    authorAadId: '',
    writtenAt: '',
  };
}

/** Four milestones a month from February 2025 to December 2026 (the bench's timeline: 92 of them), the first month
 *  marked done. */
function longTimeline(): Item[] {
  const items: Item[] = [];
  for (let m = 0; m < 23; m++) {
    for (const day of [3, 10, 17, 24]) {
      const date = DateTime.fromISO('2025-02-01').plus({ months: m }).set({ day }).toISODate()!;
      items.push(deadline(items.length, date, m === 0));
    }
  }
  return items;
}

function report(items: Item[]): ReportData {
  return {
    from: '2025-02-01',
    to: '2026-03-10',
    label: 'siden 1. februar 2025',
    today: '2026-03-10',
    entries: [],
    items,
    groups: [],
    milestones: milestonesOf(items, { from: '2025-02-01', to: '2027-12-31' }, '2026-03-10'),
    hasTimeline: true,
    counts: countEntries([], { start: '2025-02-01', end: '2026-03-10' }),
    approvals: [],
  };
}

const texts = (card: unknown): string[] => [...JSON.stringify(card).matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);

describe("/status's card within Teams' 28 KB (cards/reportCards.ts)", () => {
  it('shows a real evaluation timeline whole', () => {
    const items = longTimeline().slice(40, 40 + CARD_MILESTONES);
    const { shown, more } = cardMilestones(report(items).milestones);
    assert.equal(shown.length, CARD_MILESTONES);
    assert.equal(more, 0);
  });

  it('keeps a long timeline to the overdue, the nearest coming and the latest done, in order, and says how many more', () => {
    const data = report(longTimeline());
    assert.equal(data.milestones.length, 92);
    const { shown, more } = cardMilestones(data.milestones);
    assert.equal(shown.length, CARD_MILESTONES - 1);
    assert.equal(more, 92 - (CARD_MILESTONES - 1));
    const overdue = data.milestones.filter((m) => m.state === 'overdue');
    assert.ok(overdue.length > CARD_MILESTONES, 'more overdue than fit: the card shows the first of them');
    assert.ok(shown.every((m) => m.state === 'overdue'));
    const keys = shown.map((m) => m.item.period!.start);
    assert.deepEqual(keys, [...keys].sort(), "in the timeline's order");

    for (const lang of ['da', 'en'] as const) {
      const card = statusCard(data, lang, today, undefined);
      const bytes = Buffer.byteLength(JSON.stringify(card));
      assert.ok(bytes < 28 * 1024 - 4 * 1024, `${bytes} bytes leaves room for the activity around the card`);
      const more = texts(card).find((x) => x.startsWith('…'));
      assert.equal(
        more,
        lang === 'da'
          ? '… og 73 milepæle mere: alle står i regnearket og under /frister'
          : '… and 73 more milestones: all are in the workbook and under /due',
      );
    }
  });

  it('takes the coming ones nearest first when little is overdue', () => {
    const items = longTimeline().map((i) => ({ ...i, done: i.period!.start < '2026-03-10' }));
    const { shown } = cardMilestones(report(items).milestones);
    // Today's milestone is running; then the 18 nearest coming ones, and nothing done.
    assert.deepEqual([shown[0]!.state, shown[0]!.item.period!.start], ['ongoing', '2026-03-10']);
    const coming = shown.filter((m) => m.state === 'coming').map((m) => m.item.period!.start);
    assert.equal(coming.length, CARD_MILESTONES - 2);
    assert.deepEqual([coming[0], coming.at(-1)], ['2026-03-17', '2026-07-24']);
  });
});
