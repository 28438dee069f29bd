// GET /download/<token>: the one route that serves files. It lists nothing and serves nothing else; a token that is
// forged, altered, expired or malformed is a 404 with the same empty body as a path that does not exist.
import type * as restify from 'restify';
import type { Logger } from '../logger';
import { describeError } from '../logger';
import type { DownloadFile } from '../downloadLinks';

export type DownloadSource = (token: string) => Promise<DownloadFile | undefined>;

export function mountDownload(server: restify.Server, source: DownloadSource, logger: Logger): void {
  // A wildcard, not ':token': restify's router does not match a parameter holding a '.', and its own 404 would echo
  // the token back.
  server.get('/download/*', async (req, res) => {
    const token = String((req.params as Record<string, unknown>)['*'] ?? '');
    const notFound = () => {
      res.setHeader('Cache-Control', 'no-store');
      res.send(404, { error: 'not found' });
    };
    let file: DownloadFile | undefined;
    try {
      file = await source(token);
    } catch (err) {
      logger.error('download_failed', describeError(err));
      res.setHeader('Cache-Control', 'no-store');
      res.send(500, { error: 'internal error' });
      return;
    }
    if (!file) {
      logger.info('download_refused', { remote: req.socket.remoteAddress });
      return notFound();
    }
    if (file.status) {
      logger.info('download_refused', { status: file.status });
      res.writeHead(file.status, { 'Content-Type': file.contentType, 'Content-Length': file.body.length, 'Cache-Control': 'no-store' });
      res.end(file.body);
      return;
    }
    logger.info('download', { file: file.fileName, bytes: file.body.length });
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      // A link is a bearer secret: no cache, no referrer, no sniffing.
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(file.body);
  });
}
