// parseCsv (reports/csv.ts) reads what buildCsv writes, as npm run import needs it: quotes, semicolons and line breaks
// inside fields, the byte order mark, and the apostrophe that keeps a formula-like text from running.
import { strict as assert } from 'node:assert';
import { csvField, parseCsv } from '../../reports/csv';

describe('reading a CSV as the export writes it', () => {
  it('gives back every field csvField wrote, whatever it holds', () => {
    const fields = [
      '05-09-2019',
      'presse',
      'Radio Limfjord: "mentor virker"; borgmesteren citeret',
      'en\r\nto',
      '=SUM(A1)',
      '-5 %',
      '@KL',
      '',
    ];
    const text = `\uFEFF${['Dato;Art;Tekst;A;B;C;D;E', fields.map(csvField).join(';')].join('\r\n')}\r\n`;
    assert.deepEqual(parseCsv(text), [['Dato', 'Art', 'Tekst', 'A', 'B', 'C', 'D', 'E'], fields]);
  });

  it('reads commas when the heading has no semicolon, LF line ends, and leaves blank lines out', () => {
    assert.deepEqual(parseCsv('Dato,Art\n\n05-09-2019,"møde, med KL"\n'), [
      ['Dato', 'Art'],
      ['05-09-2019', 'møde, med KL'],
    ]);
  });
});
