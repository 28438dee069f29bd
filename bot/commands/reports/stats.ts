// /tal [period] (/stats): counts by kind per month, by experiment, by municipality and by stakeholder, with a bar chart
// in Teams. Without a period: the last 30 days.
import type { CommandDescriptor } from '../types';
import { t } from '../../../i18n/catalog';
import { commandText } from '../../commandGrammar';
import { statsCard } from '../../../cards/reportCards';
import { reportFor, reportRange, type ReportPorts } from './reportCommon';

export const statsCommand: CommandDescriptor<ReportPorts> = {
  command: 'stats',
  names: { da: ['tal'], en: ['stats'] },
  bare: true,
  help: { section: 'reports', lines: ['stats'] },
  async run({ turn, args, services }) {
    const read = reportRange(turn, args, commandText(statsCommand, turn.lang));
    if ('reply' in read) return read.reply;
    const data = await reportFor(services, turn, read.range);
    return [{ card: statsCard(data, turn.lang), summary: t('stats.summary', turn.lang, { period: data.label }) }];
  },
};
