// One JSON POST to the Bot Connector over node:http(s), for the proactive sender. Not fetch(): Node 20's fetch loads
// undici and compiles its WebAssembly HTTP parser on first use, which cost the bot 15 MB of RSS for good and a 30 MB
// spike of compiler memory at the first digest (measured with the bench's memory sampler); node:http is loaded anyway.
import * as http from 'node:http';
import * as https from 'node:https';

export interface PostAnswer {
  status: number;
  text: string;
  retryAfter: string | null;
}

// Kept-alive connections, as fetch had them: a digest slot posts hundreds of messages to the same service.
const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

/** POSTs `body` as JSON to `url`; gives up (rejects) after `timeoutMs` for the whole exchange. */
export function postJson(url: URL, body: object, headers: Record<string, string>, timeoutMs: number): Promise<PostAnswer> {
  return exchange('POST', url, Buffer.from(JSON.stringify(body)), headers, timeoutMs);
}

/** GETs `url` (a member look-up), with the same timeout. */
export function getJson(url: URL, headers: Record<string, string>, timeoutMs: number): Promise<PostAnswer> {
  return exchange('GET', url, undefined, headers, timeoutMs);
}

function exchange(
  method: 'GET' | 'POST',
  url: URL,
  payload: Buffer | undefined,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<PostAnswer> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method,
        agent: agents[url.protocol as keyof typeof agents],
        headers: payload ? { ...headers, 'content-type': 'application/json', 'content-length': String(payload.length) } : headers,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const retryAfter = res.headers['retry-after'];
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload) req.end(payload);
    else req.end();
  });
}
