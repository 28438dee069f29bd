// Splitting "/event <title> [date] [time] [place]" into its parts.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { readEventText } from '../../domain/eventText';

const ctx = { today: DateTime.fromISO('2024-10-01T10:00:00', { zone: 'Europe/Copenhagen' }), yearRule: 'future' as const };

describe('readEventText', () => {
  it("reads title, date, time and place in the issue's example", () => {
    assert.deepEqual(readEventText('JobCamp 7. november kl. 9 Vejle', ctx), {
      ok: true,
      event: {
        title: 'JobCamp',
        period: { start: '2024-11-07', end: '2024-11-07', form: { kind: 'day' } },
        time: { hour: 9, minute: 0 },
        place: 'Vejle',
      },
    });
  });
  it('reads a span of time ("kl. 9-11") with its end, the place after it', () => {
    const r = readEventText('Styregruppemøde 3. februar kl. 9.30-12 i Aalborg', ctx);
    assert.ok(r.ok);
    assert.deepEqual(r.event.time, { hour: 9, minute: 30, end: { hour: 12, minute: 0 } });
    assert.equal(r.event.place, 'Aalborg');
  });
  it('takes a year left out as the next such date', () => {
    const r = readEventText('Folkemødet 13.-16. juni på Bornholm', ctx);
    assert.ok(r.ok);
    assert.equal(r.event.period?.start, '2025-06-13');
    assert.equal(r.event.period?.end, '2025-06-16');
    assert.equal(r.event.place, 'Bornholm');
    assert.equal(r.event.time, undefined);
  });
  it('keeps KL (Kommunernes Landsforening) as the place, and drops a lone "kl." as a time word', () => {
    const kl = readEventText('Møde 9:00 hos KL', ctx);
    assert.ok(kl.ok);
    assert.equal(kl.event.title, 'Møde');
    assert.deepEqual(kl.event.time, { hour: 9, minute: 0 });
    assert.equal(kl.event.place, 'KL');
    const word = readEventText('Møde 3. marts kl.', ctx);
    assert.ok(word.ok);
    assert.equal(word.event.place, undefined);
  });
  it('accepts the time before the date, and English', () => {
    const r = readEventText('KL Beskæftigelsestræf kl. 14.30 d. 3/4 i Aarhus', ctx);
    assert.ok(r.ok);
    assert.equal(r.event.title, 'KL Beskæftigelsestræf');
    assert.deepEqual(r.event.time, { hour: 14, minute: 30 });
    assert.equal(r.event.period?.start, '2025-04-03');
    assert.equal(r.event.place, 'Aarhus');
    const en = readEventText('Hearing at Christiansborg 12 March 2025 at 10am', ctx);
    assert.ok(en.ok);
    assert.equal(en.event.title, 'Hearing at Christiansborg');
    assert.deepEqual(en.event.time, { hour: 10, minute: 0 });
  });
  it('keeps an event without a date (date not set), and numbers that are not dates stay in the title', () => {
    assert.deepEqual(readEventText('Beskæftigelsestræf', ctx), { ok: true, event: { title: 'Beskæftigelsestræf' } });
    const r = readEventText('Interview i TV2 19-nyhederne', ctx);
    assert.deepEqual(r, { ok: true, event: { title: 'Interview i TV2 19-nyhederne' } });
  });
  it('refuses an impossible date and a missing title', () => {
    assert.deepEqual(readEventText('Møde 31. februar', ctx), {
      ok: false,
      code: 'badDate',
      error: { code: 'impossible', text: '31. februar' },
    });
    assert.deepEqual(readEventText('7. november kl. 9', ctx), { ok: false, code: 'noTitle' });
  });
});
