// The download links of /status and /eksport, SDK-neutral: minting a link for a turn, and answering GET /download/<token>
// (bot/teams/downloadRoute.ts mounts it on the server). A link names its scope, report and period, is signed with the key in
// storage and works for DOWNLOAD_TTL_SECONDS. The same route serves /mine data's file: a link naming one colleague
// (Entra object id) and one scope, built from their rows alone (bot/myDataReader.ts). Anything that is not such a link gets
// the same 404: nothing says why.
import { IANAZone } from 'luxon';
import type { Clock } from './ports';
import type { Services } from './services';
import type { Turn } from './turn';
import {
  DOWNLOAD_TTL_SECONDS,
  signDownload,
  verifyDownload,
  verifyIcs,
  verifyMyData,
  type DownloadClaims,
  type MyDataClaims,
  type ReportFormat,
} from '../domain/downloadToken';
import { loadMyData } from './myDataReader';
import { icsFile } from './calendarLinks';
import { MAX_EXPORT_ENTRIES, tooManyForFile, type PeriodAsked } from '../domain/report';
import { t } from '../i18n/catalog';
import { decodeKeyPart, SEP } from '../storage/keys';
import { loadReport } from './reportData';
import { buildCsv } from '../reports/csv';
// The .xlsx and .pptx writers (exceljs, pptxgenjs: about 38 MB of RSS together) load when a file is first asked for,
// not at start: most turns never build one (test/e2e/lazyLoading.test.ts holds this). Types only are imported here.
import type * as XlsxModule from '../reports/xlsx';
import type * as MyDataModule from '../reports/myDataFile';
import type * as PptxModule from '../reports/pptx';

/** The report workbook writer (exceljs), loaded with the first .xlsx download. */
function xlsxWriter(): typeof XlsxModule {
  return require('../reports/xlsx') as typeof XlsxModule;
}

/** The status slides writer (pptxgenjs), loaded with the first .pptx download. */
function pptxWriter(): typeof PptxModule {
  return require('../reports/pptx') as typeof PptxModule;
}

/** The personal-data file writer (it loads exceljs), loaded with the first such download. */
function myDataWriter(): typeof MyDataModule {
  return require('../reports/myDataFile') as typeof MyDataModule;
}

export interface ReportRequest {
  from: string;
  to: string;
  label: string;
  asked?: PeriodAsked;
}

/** A link per format, for this turn's scope, or undefined when the bot has no public address (BOT_DOMAIN unset with
 *  MicrosoftAppId set). A link expires DOWNLOAD_TTL_SECONDS after now by the server's clock, whatever the message's
 *  timestamp says (a message dated 2099 gets 15 minutes like any other). */
export async function downloadLinks(
  services: Pick<Services, 'publicUrl' | 'downloadKeys' | 'clock'>,
  turn: Turn,
  report: ReportRequest,
  formats: readonly ReportFormat[],
): Promise<Partial<Record<ReportFormat, string>> | undefined> {
  const base = services.publicUrl();
  if (!base) return undefined;
  const key = await services.downloadKeys.key();
  const exp = Math.floor(services.clock.now().toSeconds()) + DOWNLOAD_TTL_SECONDS;
  const links: Partial<Record<ReportFormat, string>> = {};
  for (const format of formats) {
    const claims: DownloadClaims = {
      scope: turn.scope.key,
      format,
      from: report.from,
      to: report.to,
      label: report.label,
      lang: turn.lang,
      zone: turn.zone,
      today: turn.now.toISODate()!,
      exp,
      ...(report.asked ? { asked: report.asked } : {}),
    };
    links[format] = `${base}/download/${signDownload(claims, key)}`;
  }
  return links;
}

import type { DownloadFile } from './ports';

export type { DownloadFile };

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** A scope of a tenant the bot no longer serves gets nothing, whatever the link says. */
function tenantAllowed(services: Services, scope: string): boolean {
  const tenant = decodeKeyPart(scope.split(SEP)[0] ?? '');
  return services.config.allowedTenants.length === 0 || services.config.allowedTenants.includes(tenant);
}

/** A colleague's own data in the link's scope, by the link's Entra object id, as .xlsx or JSON. */
async function myDataFile(services: Services, claims: MyDataClaims): Promise<DownloadFile> {
  const data = await loadMyData(services, claims.scope, claims.person);
  const zone = IANAZone.isValidZone(claims.zone) ? claims.zone : services.config.timezone;
  const fileName = `tovholder-mine-data-${claims.today}.${claims.format}`;
  return claims.format === 'json'
    ? { contentType: 'application/json; charset=utf-8', fileName, body: myDataWriter().buildMyDataJson(data, claims.scope, claims.today) }
    : { contentType: CONTENT_TYPES.xlsx, fileName, body: await myDataWriter().buildMyDataWorkbook(data, claims.lang, zone, claims.today) };
}

/** GET /download/<token>: the file, built now from storage, or undefined (the route answers 404). */
export function downloadHandler(services: Services, clock: Clock): (token: string) => Promise<DownloadFile | undefined> {
  return async (token) => {
    const key = await services.downloadKeys.key();
    const now = clock.now().toSeconds();
    const mine = verifyMyData(token, key, now);
    if (mine) return tenantAllowed(services, mine.scope) ? myDataFile(services, mine) : undefined;
    const ics = verifyIcs(token, key, now);
    if (ics) return icsFile(services, ics);
    const claims = verifyDownload(token, key, now);
    if (!claims) return undefined;
    if (!tenantAllowed(services, claims.scope)) return undefined;
    const zone = IANAZone.isValidZone(claims.zone) ? claims.zone : services.config.timezone;
    const data = await loadReport(
      services,
      claims.scope,
      { from: claims.from, to: claims.to, label: claims.label, asked: claims.asked },
      claims.today,
      zone,
    );
    if (tooManyForFile(data)) {
      // A link minted before the log grew past the limit: the reason, in the link's language, instead of the file.
      const text = t('report.tooManyForFile', claims.lang, { n: data.entries.length, max: MAX_EXPORT_ENTRIES });
      return { status: 413, contentType: 'text/plain; charset=utf-8', fileName: '', body: Buffer.from(text, 'utf8') };
    }
    const body =
      claims.format === 'csv'
        ? buildCsv(data, claims.lang, zone)
        : claims.format === 'xlsx'
          ? await xlsxWriter().buildWorkbook(data, claims.lang, zone)
          : await pptxWriter().buildSlides(data, claims.lang);
    const base = claims.format === 'pptx' ? 'status' : 'log';
    return { contentType: CONTENT_TYPES[claims.format], fileName: `tovholder-${base}-${claims.from}-${claims.to}.${claims.format}`, body };
  };
}
