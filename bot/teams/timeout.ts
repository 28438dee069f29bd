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
