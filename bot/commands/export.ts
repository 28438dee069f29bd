// /eksport [period] (/export): the workbook and the CSV of any period, without the status card's text. Without a
// period: the last 30 days.
import type { CommandHandler } from './types';
import { t } from '../../i18n/catalog';
import { exportCard } from '../../cards/reportCards';
import { downloadLinks } from '../download';
import { tooManyForFile } from '../../domain/report';
import { reportFor, reportRange } from './reportCommon';
import { commandText } from '../grammar';

export const exportCommand: CommandHandler = {
  command: 'export',
  async run({ turn, args, services }) {
    const read = reportRange(turn, args, commandText('export', turn.lang));
    if ('reply' in read) return read.reply;
    const data = await reportFor(services, turn, read.range);
    // More entries than a file may hold: no links (the card says why).
    const period = { from: data.from, to: data.to, label: data.label };
    const links = tooManyForFile(data) ? undefined : await downloadLinks(services, turn, period, ['xlsx', 'csv']);
    return [{ card: exportCard(data, turn.lang, links), summary: t('export.heading', turn.lang, { period: data.label }) }];
  },
};
