// The slides for the KKR deck (.pptx, pptxgenjs), 16:9, plain so they paste into any template: the status slide
// ("Status på interessevaretagelse – siden sidst", or "– 2019" for a year asked for; grouped as the group's slides group
// it), the timeline slide ("Evaluering i 2020", or "Evaluering 2019–2020" across the year boundary: milestone, period
// as written, state) and the numbers as a native bar chart. Pure: data in,
// bytes out (pptxgenjs builds the zip in memory; no images, fonts or anything else are fetched).
import PptxGenJS from 'pptxgenjs';
import type { Lang } from '../domain/types';
import { ENTRY_KINDS, kindLabel } from '../domain/vocabulary';
import { formatPeriod, t } from '../i18n/catalog';
import { capitalize } from '../domain/text';
import type { ReportData } from '../domain/report';
import {
  approvalLine,
  groupHeading,
  lineText,
  milestonesHeading,
  milestonesNote,
  reportSubtitle,
  reportTitle,
  shortMonth,
  stateText,
} from './wording';

const FONT = 'Calibri';
const DARK = '17565E'; // the app's accent colour
const LANG_TAG: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
/** Lines a column of the status slide holds at 12 pt before the rest is counted in one "… og N linjer mere". */
const LINES_PER_COLUMN = 17;
/** Approval runs the status slide names under its columns (a network runs one or two at a time). */
const APPROVAL_LINES = 3;
/** Inches a line of the approvals takes at 12 pt. */
const APPROVAL_ROW = 0.31;

type TextRun = PptxGenJS.TextProps;

function title(slide: PptxGenJS.Slide, text: string, sub: string, lang: Lang): void {
  slide.addText(text, { x: 0.5, y: 0.3, w: 12.3, h: 0.7, fontFace: FONT, fontSize: 28, bold: true, color: DARK, lang: LANG_TAG[lang] });
  slide.addText(sub, { x: 0.5, y: 0.95, w: 12.3, h: 0.4, fontFace: FONT, fontSize: 14, color: '555555', lang: LANG_TAG[lang] });
}

/** The status slide's text in two columns: each group's heading in bold, its lines as bullets. */
function statusColumns(data: ReportData, lang: Lang, perColumn: number): TextRun[][] {
  const blocks = data.groups.map(
    (g) =>
      [
        { text: groupHeading(g.key, lang), options: { bold: true, fontSize: 14, color: DARK, breakLine: true, paraSpaceBefore: 6 } },
        ...g.lines.map((l) => ({ text: lineText(l, lang), options: { bullet: true, fontSize: 12, breakLine: true } })),
      ] as TextRun[],
  );
  const total = blocks.reduce((n, b) => n + b.length, 0);
  const left: TextRun[] = [];
  const right: TextRun[] = [];
  for (const b of blocks)
    ((left.length + b.length <= Math.ceil(total / 2) || left.length === 0) && right.length === 0 ? left : right).push(...b);
  return [left, right].map((col) => {
    if (col.length <= perColumn) return col;
    const kept = col.slice(0, perColumn - 1);
    return [
      ...kept,
      { text: t('report.more', lang, { n: col.length - kept.length }), options: { italic: true, fontSize: 12, breakLine: true } },
    ];
  });
}

export async function buildSlides(data: ReportData, lang: Lang): Promise<Buffer> {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in, 16:9
  pres.author = 'Tovholder';
  pres.company = 'Nordjysk Frikommunenetværk';
  const heading = reportTitle(data.asked, lang);
  const subtitle = capitalize(reportSubtitle(data, lang));
  pres.title = heading;
  pres.theme = { headFontFace: FONT, bodyFontFace: FONT };

  // 1. Status since last time
  const status = pres.addSlide();
  const approvals = data.approvals.slice(0, APPROVAL_LINES);
  const approvalRows = approvals.length === 0 ? 0 : approvals.length + 1;
  title(status, heading, `${subtitle} · ${t('report.entries', lang, { n: data.counts.total })}`, lang);
  if (data.groups.length === 0) {
    status.addText(t('report.nothing', lang), { x: 0.5, y: 1.6, w: 12.3, h: 0.5, fontFace: FONT, fontSize: 16, lang: LANG_TAG[lang] });
  } else {
    // The approval runs' lines below take a column line each, and their heading one more.
    const [left, right] = statusColumns(data, lang, LINES_PER_COLUMN - approvalRows);
    const box = {
      y: 1.5,
      h: 5.3 - APPROVAL_ROW * approvalRows,
      fontFace: FONT,
      valign: 'top' as const,
      lang: LANG_TAG[lang],
      paraSpaceAfter: 2,
    };
    status.addText(left, { ...box, x: 0.5, w: 6.1 });
    if (right.length > 0) status.addText(right, { ...box, x: 6.8, w: 6.1 });
  }
  if (approvals.length > 0) {
    // Under the columns: the period's approval runs, one line each ("… : 7 af 11 godkendt · mangler: Læsø, …").
    const runs: TextRun[] = [
      { text: t('report.approvals', lang), options: { bold: true, fontSize: 14, color: DARK, breakLine: true } },
      ...approvals.map((a) => ({ text: approvalLine(a, lang), options: { bullet: true, fontSize: 12, breakLine: true } })),
    ];
    status.addText(runs, {
      x: 0.5,
      y: 6.8 - APPROVAL_ROW * approvalRows,
      w: 12.3,
      h: APPROVAL_ROW * approvalRows,
      fontFace: FONT,
      valign: 'top',
      lang: LANG_TAG[lang],
    });
  }

  // 2. The evaluation timeline
  const timeline = pres.addSlide();
  title(timeline, milestonesHeading(data.milestones, lang), subtitle, lang);
  if (data.milestones.length === 0) {
    timeline.addText(milestonesNote(data, lang), { x: 0.5, y: 1.6, w: 12.3, h: 0.5, fontFace: FONT, fontSize: 16, lang: LANG_TAG[lang] });
  } else {
    const head = (text: string) => ({ text, options: { bold: true, color: 'FFFFFF', fill: { color: DARK } } });
    const rows: PptxGenJS.TableRow[] = [
      [head(t('file.milestone', lang)), head(t('file.col.period', lang)), head(t('file.col.state', lang))],
      ...data.milestones
        .slice(0, 14)
        .map((m) => [
          { text: m.item.title },
          { text: formatPeriod(m.item.period!, lang) },
          { text: capitalize(stateText(m.state, lang)), options: m.state === 'overdue' ? { color: 'C00000', bold: true } : {} },
        ]),
    ];
    timeline.addTable(rows, {
      x: 0.5,
      y: 1.5,
      w: 12.3,
      colW: [6.5, 3.6, 2.2],
      fontFace: FONT,
      fontSize: 13,
      border: { type: 'solid', pt: 0.5, color: 'BFBFBF' },
      autoPage: false,
    });
  }

  // 3. The numbers: actions per month by kind, as a native (editable) stacked column chart
  const numbers = pres.addSlide();
  title(numbers, t('stats.perMonth', lang), `${subtitle} · ${t('report.entries', lang, { n: data.counts.total })}`, lang);
  const months = data.counts.months;
  const kinds = ENTRY_KINDS.filter((k) => months.some((m) => (m.byKind[k] ?? 0) > 0));
  if (kinds.length > 0) {
    const labels = months.map((m) => shortMonth(m.month, lang));
    const series = kinds.map((k) => ({ name: capitalize(kindLabel(k, lang)), labels, values: months.map((m) => m.byKind[k] ?? 0) }));
    numbers.addChart(pres.ChartType.bar, series, {
      x: 0.5,
      y: 1.5,
      w: 8.6,
      h: 5.5,
      barDir: 'col',
      barGrouping: 'stacked',
      showLegend: true,
      legendPos: 'b',
      catAxisLabelFontSize: 11,
      valAxisLabelFontSize: 11,
      legendFontSize: 11,
      lang: LANG_TAG[lang],
      // Whole actions only: no "0,5" on the axis of a quiet period.
      valAxisLabelFormatCode: '0',
      ...(Math.max(...months.map((m) => m.total)) <= 10 ? { valAxisMajorUnit: 1 } : {}),
    });
    const facts: TextRun[] = [
      { text: t('stats.byKind', lang), options: { bold: true, color: DARK, breakLine: true } },
      ...data.counts.byKind.map((k) => ({ text: `${capitalize(kindLabel(k.kind, lang))}: ${k.n}`, options: { breakLine: true } })),
      { text: t('stats.byExperiment', lang), options: { bold: true, color: DARK, breakLine: true, paraSpaceBefore: 8 } },
      ...data.counts.byExperiment.slice(0, 6).map((x) => ({ text: `${x.name}: ${x.n}`, options: { breakLine: true } })),
    ];
    numbers.addText(facts, { x: 9.4, y: 1.5, w: 3.5, h: 5.5, fontFace: FONT, fontSize: 12, valign: 'top', lang: LANG_TAG[lang] });
  } else {
    numbers.addText(t('report.nothing', lang), { x: 0.5, y: 1.6, w: 12.3, h: 0.5, fontFace: FONT, fontSize: 16, lang: LANG_TAG[lang] });
  }
  return (await pres.write({ outputType: 'nodebuffer' })) as Buffer;
}
