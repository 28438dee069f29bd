// A report card's download buttons ("Hent som PowerPoint" on /status, "Hent som Excel" on /eksport). A card lives for
// months in a channel, and a link is a 15-minute bearer secret: so the card holds buttons, not links, and a press
// mints fresh links (expiring by the server's clock) and shows them to the one who pressed, on the same card, with a
// button for new ones. The scope is the turn's; the button only names the card and the period.
import type { ActionHandler } from '../commands/types';
import type { IsoDate, PeriodForm } from '../../domain/types';
import type { PeriodAsked } from '../../domain/report';
import { exportCard, FILES_VERB, statusCard, type FilesRequest } from '../../cards/reportCards';
import { t } from '../../i18n/catalog';
import { periodLabel } from '../../reports/wording';
import { loadReport } from '../reportData';
import { downloadLinks } from '../download';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): v is IsoDate => typeof v === 'string' && ISO_DATE.test(v);
const isWhole = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function isForm(f: unknown, depth = 0): f is PeriodForm {
  if (!f || typeof f !== 'object' || depth > 1) return false;
  const form = f as Record<string, unknown>;
  switch (form.kind) {
    case 'day':
    case 'month':
    case 'by':
      return true;
    case 'part':
      return ['early', 'mid', 'late'].includes(form.part as string);
    case 'week':
      return isWhole(form.week, 1, 53) && isWhole(form.weekYear, 1000, 9999);
    case 'span':
      return isForm(form.from, depth + 1) && isForm(form.to, depth + 1);
    default:
      return false;
  }
}

/** The period as the card wrote it, checked: anything else is no period. */
function askedOf(v: unknown): PeriodAsked | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const a = v as Record<string, unknown>;
  switch (a.k) {
    case 'since':
    case 'lastStatus':
      return isDate(a.date) ? { k: a.k, date: a.date } : undefined;
    case 'year':
      return isWhole(a.year, 1000, 9999) ? { k: 'year', year: a.year as number } : undefined;
    case 'lastDays':
      return isWhole(a.days, 1, 3660) ? { k: 'lastDays', days: a.days as number } : undefined;
    case 'period': {
      const p = a.period as Record<string, unknown> | undefined;
      return p && isDate(p.start) && isDate(p.end) && p.start <= p.end && isForm(p.form)
        ? { k: 'period', period: { start: p.start, end: p.end, form: p.form } }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The request a button carries, or undefined when it is not one this bot wrote. */
export function filesRequestOf(data: Record<string, unknown>): FilesRequest | undefined {
  if (data.card !== 'status' && data.card !== 'export') return undefined;
  if (!isDate(data.from) || !isDate(data.to) || data.from > data.to) return undefined;
  const asked = askedOf(data.asked);
  if (data.asked !== undefined && !asked) return undefined;
  return { card: data.card, from: data.from, to: data.to, ...(asked ? { asked } : {}) };
}

export const reportFilesAction: ActionHandler = {
  verb: FILES_VERB,
  async run({ turn, services, data }) {
    const lang = turn.lang;
    const request = filesRequestOf(data);
    if (!request) return { message: t('report.badButton', lang) };
    const label = request.asked ? periodLabel(request.asked, lang) : `${request.from} – ${request.to}`;
    const report = await loadReport(
      services,
      turn.scope.key,
      { from: request.from, to: request.to, label, asked: request.asked },
      turn.now.toISODate()!,
      turn.zone,
    );
    const formats = request.card === 'status' ? (['pptx', 'xlsx', 'csv'] as const) : (['xlsx', 'csv'] as const);
    const links = await downloadLinks(services, turn, { from: report.from, to: report.to, label, asked: request.asked }, formats);
    if (!links) return { message: t('report.noLinks', lang) };
    const downloads = { k: 'links' as const, request, links };
    const card = request.card === 'status' ? statusCard(report, lang, turn.now, downloads) : exportCard(report, lang, downloads);
    return { card, onlyForPresser: true };
  },
};
