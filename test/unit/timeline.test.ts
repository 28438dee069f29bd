// A pasted timeline: one deadline per line, unreadable lines reported, never guessed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { isTimeline, readTimeline, timelineLines } from '../../domain/timeline';
import { formatPeriod } from '../../domain/periodFormat';

const ctx = { today: DateTime.fromISO('2024-01-15T10:00:00', { zone: 'Europe/Copenhagen' }), yearRule: 'future' as const };

describe('readTimeline', () => {
  it("reads the slide's timeline: title and period per line, precision kept", () => {
    const lines = readTimeline(readFileSync('/work/shared/examples/timeline-2024.txt', 'utf8'), ctx);
    const read = lines.map((l) => ('period' in l ? `${l.title} | ${formatPeriod(l.period, 'da')}` : `ERROR ${l.text}`));
    assert.deepEqual(read, [
      'Kick-off med evaluator | start februar 2024',
      'Dataindsamling i kommunerne | februar–april 2024',
      'Interviews med borgere | 15. marts – juni 2024',
      'Godkendelse i styregruppen | midt august 2024',
      'Godkendelse i direktørkredsen | slut august 2024',
      'Behandling i fagudvalgene | september 2024',
      'Byrådsbehandling i alle kommuner | oktober–november 2024',
      'Aflevering af slutrapport | senest 15. december 2024',
    ]);
    assert.deepEqual(
      lines.map((l) => l.line),
      [1, 2, 3, 4, 5, 6, 7, 8],
    );
  });
  it('marks lines it cannot read and keeps the line numbers as written', () => {
    const lines = readTimeline(
      'Kick-off 1. marts\n\nbare en note\nRapport 31. februar\nEvaluering 1. maj 2025 – 1. marts 2025\n7. maj',
      ctx,
    );
    assert.deepEqual(
      lines.map((l) => ('error' in l ? `${l.line}:${l.error}` : `${l.line}:ok`)),
      ['1:ok', '3:noDate', '4:impossible', '5:reversed', '6:noTitle'],
    );
  });
  it('strips bullets, reads a period written first, and leaves "15. marts" at a line start alone', () => {
    const lines = readTimeline(
      '- Kick-off 1. marts\n• Interviews uge 12\nMedio august 2024: Godkendelse i styregruppen\n15. marts – juni: Interviews',
      ctx,
    );
    assert.deepEqual(
      lines.map((l) => ('title' in l ? l.title : 'ERROR')),
      ['Kick-off', 'Interviews', 'Godkendelse i styregruppen', 'Interviews'],
    );
    const last = lines[3];
    assert.ok('period' in last);
    assert.equal(last.period.start, '2024-03-15');
  });
  it('tells one deadline from a paste', () => {
    assert.equal(isTimeline('Rapport 1. marts'), false);
    assert.equal(isTimeline('Rapport 1. marts\n\n'), false);
    assert.equal(isTimeline('Rapport 1. marts\nHøring 2. april'), true);
    assert.equal(timelineLines('a\r\nb').length, 2);
  });
});
