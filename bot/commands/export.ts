// /eksport [period] (/export): the workbook and the CSV of any period, without the status card's text. Without a
// period: the last 30 days.
import type { CommandHandler } from './types';
import { t } from '../../i18n/catalog';
import { exportCard } from '../../cards/reportCards';
import { downloadButtons, reportFor, reportRange } from './reportCommon';
import { commandText } from '../grammar';

export const exportCommand: CommandHandler = {
  command: 'export',
  async run({ turn, args, services }) {
    const read = reportRange(turn, args, commandText('export', turn.lang));
    if ('reply' in read) return read.reply;
    const data = await reportFor(services, turn, read.range);
    const downloads = downloadButtons(services, { card: 'export', from: data.from, to: data.to, asked: data.asked }, ['xlsx', 'csv']);
    return [{ card: exportCard(data, turn.lang, downloads), summary: t('export.heading', turn.lang, { period: data.label }) }];
  },
};
