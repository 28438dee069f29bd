// /eksport [period] (/export): the workbook and the CSV of any period, without the status card's text. Without a
// period: the last 30 days.
import type { CommandDescriptor } from '../types';
import { t } from '../../../i18n/catalog';
import { exportCard } from '../../../cards/reportCards';
import { downloadButtons, reportFor, reportRange, type ReportPorts } from './reportCommon';
import type { Services } from '../../services';
import { commandText } from '../../commandGrammar';
import { tooManyForFile } from '../../../domain/report';

/** What /eksport uses: the report's sources, and its public address (its buttons are /status's: reportFilesButton.ts). */
type Ports = ReportPorts & Pick<Services, 'publicUrl'>;

export const exportCommand: CommandDescriptor<Ports> = {
  command: 'export',
  names: { da: ['eksport'], en: ['export'] },
  bare: true,
  help: { section: 'reports', lines: ['export'] },
  async run({ turn, args, services }) {
    const read = reportRange(turn, args, commandText(exportCommand, turn.lang));
    if ('reply' in read) return read.reply;
    const data = await reportFor(services, turn, read.range);
    // More entries than a file may hold: no buttons (the card says why).
    const downloads = tooManyForFile(data)
      ? undefined
      : downloadButtons(services, { card: 'export', from: data.from, to: data.to, asked: data.asked }, ['xlsx', 'csv']);
    return [{ card: exportCard(data, turn.lang, downloads), summary: t('export.heading', turn.lang, { period: data.label }) }];
  },
};
