// GET /calendar/<token>.ics: a team's calendar feed for Outlook, Google and the rest (bot/calendarLinks.ts builds it). Like
// the download route it lists nothing: any address that is not a team's current one is a bare 404. An unchanged feed is
// a 304 to a client that sends the ETag it has; too many fetches of one address in a minute are a 429.
import type * as restify from 'restify';
import type { Logger } from '../logger';
import { describeError } from '../logger';
import { ICS_CONTENT_TYPE, type FeedAnswer, type FeedSource } from '../calendarLinks';

export type { FeedSource };

export function mountCalendarFeed(server: restify.Server, source: FeedSource, logger: Logger): void {
  const answer = async (req: restify.Request, res: restify.Response, withBody: boolean) => {
    // A wildcard, as for /download: restify's router does not match a parameter holding a '.'.
    const token = String((req.params as Record<string, unknown>)['*'] ?? '').replace(/\.ics$/, '');
    const secretHeaders = { 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' };
    let result: FeedAnswer;
    try {
      const ifNoneMatch = req.headers['if-none-match'];
      result = await source(token, Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch, req.socket.remoteAddress ?? '');
    } catch (err) {
      logger.error('calendar_feed_failed', describeError(err));
      res.writeHead(503, { 'Cache-Control': 'no-store', 'Retry-After': '60', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('unavailable');
      return;
    }
    switch (result.status) {
      case 404:
        logger.info('calendar_feed_refused', { remote: req.socket.remoteAddress });
        res.writeHead(404, { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8', ...secretHeaders });
        res.end('not found');
        return;
      case 429:
        logger.warn('calendar_feed_limited', { remote: req.socket.remoteAddress });
        res.writeHead(429, {
          'Retry-After': String(result.retryAfterSeconds),
          'Cache-Control': 'no-store',
          'Content-Type': 'text/plain; charset=utf-8',
        });
        res.end('too many requests');
        return;
      case 304:
        res.writeHead(304, { ETag: result.etag, 'Cache-Control': 'private, no-cache', ...secretHeaders });
        res.end();
        return;
      case 200:
        logger.info('calendar_feed', { bytes: result.body.length });
        res.writeHead(200, {
          'Content-Type': ICS_CONTENT_TYPE,
          'Content-Length': result.body.length,
          'Content-Disposition': 'inline; filename="tovholder.ics"',
          ETag: result.etag,
          // The address is a secret: no shared cache may keep it; the client revalidates with the ETag.
          'Cache-Control': 'private, no-cache',
          ...secretHeaders,
        });
        res.end(withBody ? result.body : undefined);
    }
  };
  server.get('/calendar/*', async (req, res) => answer(req, res, true));
  server.head('/calendar/*', async (req, res) => answer(req, res, false));
}
