// /eksport [period] (/export): the workbook and the CSV of any period, without the status card's text. Without a
// period: the last 30 days.
import type { CommandDescriptor } from '../types';
import { t } from '../../../i18n/catalog';
import { exportCard } from '../../../cards/reportCards';
import { downloadLinks } from '../../downloadLinks';
import { reportFor, reportRange, type ReportPorts } from './reportCommon';
import { commandText } from '../../commandGrammar';
import { tooManyForFile } from '../../../domain/report';

/** What /eksport uses: the report's sources, and the key and address of its links. */
type Ports = ReportPorts & Parameters<typeof downloadLinks>[0];

export const exportCommand: CommandDescriptor<Ports> = {
  command: 'export',
  names: { da: ['eksport'], en: ['export'] },
  bare: true,
  help: { section: 'reports', lines: ['export'] },
  async run({ turn, args, services }) {
    const read = reportRange(turn, args, commandText(exportCommand, turn.lang));
    if ('reply' in read) return read.reply;
    const data = await reportFor(services, turn, read.range);
    // More entries than a file may hold: no links (the card says why).
    const period = { from: data.from, to: data.to, label: data.label };
    const links = tooManyForFile(data) ? undefined : await downloadLinks(services, turn, period, ['xlsx', 'csv']);
    return [{ card: exportCard(data, turn.lang, links), summary: t('export.heading', turn.lang, { period: data.label }) }];
  },
};
