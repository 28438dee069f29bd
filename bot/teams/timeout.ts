// A bound on calls to the Bot Connector that take no AbortSignal (the SDK's sends, the token): the caller stops
// waiting after `ms`; the request itself may finish later in the background.
export class ConnectorTimeout extends Error {
  constructor(what: string, ms: number) {
    super(`${what} took over ${ms} ms`);
    this.name = 'ConnectorTimeout';
  }
}

export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ConnectorTimeout(what, ms)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long the bot waits on what it does not control. Production keeps the defaults; a test that waits out a hung
 *  connector or store passes shorter ones (StartOptions.timeouts) instead of waiting real seconds. */
export interface Timeouts {
  /** A reply or card update at the connector (Teams gives a turn 15 s). */
  replyMs: number;
  /** A proactive send (the digest, reminders) or its token. */
  connectorMs: number;
  /** Looking up a mentioned colleague's Entra object id. */
  memberLookupMs: number;
  /** One call to Azure Table Storage. */
  storageMs: number;
  /** After an Azure call waited out storageMs, every call fails at once for this long (storage/azureTableStore.ts). */
  storageOutageHoldMs: number;
  /** One fetch of the signing keys of incoming tokens (bot/teams/auth.ts). */
  signingKeysMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = {
  replyMs: 5000,
  connectorMs: 10_000,
  memberLookupMs: 2000,
  storageMs: 5000,
  storageOutageHoldMs: 3000,
  signingKeysMs: 5000,
};
