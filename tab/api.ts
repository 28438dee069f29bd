// The tab's calls to its API (bot/tab/routes.ts): same origin, in the language shown, with the Teams SSO token when
// there is one.
import { lang } from './words';
export class ApiError extends Error {
  constructor(readonly status: number) {
    super(`the API answered ${status}`);
  }
}

let tokenSource: (() => Promise<string | undefined>) | undefined;
let base: Record<string, string> = {};

/** The team (and, in the personal tab, "mine") every call is for, and where the token comes from. */
export function configure(params: Record<string, string>, token?: () => Promise<string | undefined>): void {
  base = params;
  tokenSource = token;
}

export function url(path: string, params: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...base, lang: lang(), ...params })) if (v) q.set(k, v);
  return `/tab/api/${path}?${q.toString()}`;
}

async function call(path: string, params: Record<string, string | undefined>): Promise<Response> {
  const token = tokenSource ? await tokenSource() : undefined;
  const res = await fetch(url(path, params), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new ApiError(res.status);
  return res;
}

export async function get<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  return (await call(path, params)).json() as Promise<T>;
}

/** A file from the API, saved through a temporary link (a plain link could not carry the token). */
export async function download(path: string, params: Record<string, string | undefined>): Promise<void> {
  const res = await call(path, params);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? path;
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
