// Structured JSON lines on stdout. Never credentials; message text only at debug level (callers decide what to pass).
import type { LogLevel } from './config';
import { systemClock } from './systemClock';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  isDebug(): boolean;
}

export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stdout.write(l + '\n'),
  clock: () => Date = () => systemClock.now().toJSDate()): Logger {
  const emit = (lvl: LogLevel, event: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < ORDER[level]) return;
    write(JSON.stringify({ time: clock().toISOString(), level: lvl, event, ...fields }));
  };
  return {
    debug: (e, f) => emit('debug', e, f),
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
    isDebug: () => level === 'debug',
  };
}

/** The error's kind and message for logs, without request bodies or headers (which may hold tokens). */
export function describeError(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    return { error: err.name, message: err.message.slice(0, 500), stack: err.stack?.split('\n').slice(0, 6).join('\n') };
  }
  return { error: String(err).slice(0, 500) };
}
