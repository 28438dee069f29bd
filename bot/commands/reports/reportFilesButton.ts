// A report card's download buttons ("Hent som PowerPoint" on /status, "Hent som Excel" on /eksport). A card lives for
// months in a channel, and a link is a 15-minute bearer secret: so the card holds buttons, not links, and a press
// mints fresh links (expiring by the server's clock) and shows them to the one who pressed, on the same card, with a
// button for new ones. The scope is the turn's; the button only names the card and the period.
import { action } from '../types';
import { exportCard, REPORT_VERBS, statusCard } from '../../../cards/reportCards';
import { readFilesButton, type FilesRequest } from '../../../cards/reportButton';
import { t } from '../../../i18n/catalog';
import { periodLabel } from '../../../reports/wording';
import { loadReport } from '../../reportData';
import { downloadLinks } from '../../downloadLinks';
import type { ReportPorts } from './reportCommon';
import { MAX_EXPORT_ENTRIES, tooManyForFile } from '../../../domain/report';

/** What the button uses: the report's sources, and the key, address and clock of its links. */
export type FilesPorts = ReportPorts & Parameters<typeof downloadLinks>[0];

export const reportFilesAction = action<FilesRequest | undefined, FilesPorts>({
  verb: REPORT_VERBS.files,
  read: readFilesButton,
  async run({ turn, services, data: request }) {
    const lang = turn.lang;
    if (!request) return { message: t('report.badButton', lang) };
    const label = request.asked ? periodLabel(request.asked, lang) : `${request.from} – ${request.to}`;
    const report = await loadReport(
      services,
      turn.scope.key,
      { from: request.from, to: request.to, label, asked: request.asked },
      turn.now.toISODate()!,
      turn.zone,
    );
    // The log grew past what a file may hold since the card was drawn: the reason, not links.
    if (tooManyForFile(report)) return { message: t('report.tooManyForFile', lang, { n: report.entries.length, max: MAX_EXPORT_ENTRIES }) };
    const formats = request.card === 'status' ? (['pptx', 'xlsx', 'csv'] as const) : (['xlsx', 'csv'] as const);
    const links = await downloadLinks(services, turn, { from: report.from, to: report.to, label, asked: request.asked }, formats);
    if (!links) return { message: t('report.noLinks', lang) };
    const downloads = { k: 'links' as const, request, links };
    const card = request.card === 'status' ? statusCard(report, lang, turn.now, downloads) : exportCard(report, lang, downloads);
    return { card, onlyForPresser: true };
  },
});
