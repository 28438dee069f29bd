// The download links of /status and /eksport, SDK-neutral: minting a link for a turn, and answering GET /download/<token>
// (bot/teams/download.ts mounts it on the server). A link names its scope, report and period, is signed with the key in
// storage and works for DOWNLOAD_TTL_SECONDS. Anything that is not such a link gets the same 404: nothing says why.
import { IANAZone } from 'luxon';
import type { Clock } from './ports';
import type { Services } from './services';
import type { Turn } from './turn';
import { DOWNLOAD_TTL_SECONDS, signDownload, verifyDownload, type DownloadClaims, type ReportFormat } from '../domain/downloadToken';
import type { PeriodAsked } from '../domain/report';
import { decodeKeyPart, SEP } from '../storage/keys';
import { loadReport } from './reportData';
import { buildCsv } from '../reports/csv';
// The .xlsx and .pptx writers (exceljs, pptxgenjs: about 38 MB of RSS together) load when a file is first asked for,
// not at start: most turns never build one.
import type * as XlsxModule from '../reports/xlsx';
import type * as PptxModule from '../reports/pptx';

export interface ReportRequest { from: string; to: string; label: string; asked?: PeriodAsked }

/** A link per format, for this turn's scope, or undefined when the bot has no public address (BOT_DOMAIN unset with
 *  MicrosoftAppId set). */
export async function downloadLinks(services: Services, turn: Turn, report: ReportRequest, formats: readonly ReportFormat[]): Promise<Partial<Record<ReportFormat, string>> | undefined> {
  const base = services.publicUrl();
  if (!base) return undefined;
  const key = await services.downloadKeys.key();
  const exp = Math.floor(turn.now.toSeconds()) + DOWNLOAD_TTL_SECONDS;
  const links: Partial<Record<ReportFormat, string>> = {};
  for (const format of formats) {
    const claims: DownloadClaims = {
      scope: turn.scope.key, format, from: report.from, to: report.to, label: report.label, lang: turn.lang,
      zone: turn.zone, today: turn.now.toISODate()!, exp,
    };
    links[format] = `${base}/download/${signDownload(claims, key)}`;
  }
  return links;
}

export interface DownloadFile { contentType: string; fileName: string; body: Buffer }

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** GET /download/<token>: the file, built now from storage, or undefined (the route answers 404). */
export function downloadHandler(services: Services, clock: Clock): (token: string) => Promise<DownloadFile | undefined> {
  return async (token) => {
    const claims = verifyDownload(token, await services.downloadKeys.key(), clock.now().toSeconds());
    if (!claims) return undefined;
    const tenant = decodeKeyPart(claims.scope.split(SEP)[0] ?? '');
    if (services.config.allowedTenants.length > 0 && !services.config.allowedTenants.includes(tenant)) return undefined;
    const data = await loadReport(services, claims.scope, { from: claims.from, to: claims.to, label: claims.label }, claims.today);
    const zone = IANAZone.isValidZone(claims.zone) ? claims.zone : services.config.timezone;
    const body = claims.format === 'csv' ? buildCsv(data, claims.lang, zone)
      : claims.format === 'xlsx' ? await (require('../reports/xlsx') as typeof XlsxModule).buildWorkbook(data, claims.lang, zone)
      : await (require('../reports/pptx') as typeof PptxModule).buildSlides(data, claims.lang);
    const base = claims.format === 'pptx' ? 'status' : 'log';
    return { contentType: CONTENT_TYPES[claims.format], fileName: `tovholder-${base}-${claims.from}-${claims.to}.${claims.format}`, body };
  };
}
