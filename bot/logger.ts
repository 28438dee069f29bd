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

/**
 * Lines to stdout. Debug and info lines (one per turn) wait for the end of the event loop's current turn and go out
 * together: the turn's answer is not held up by a write to a pipe (synchronous on Linux), and under load many lines
 * share one write. Warnings and errors, and everything still waiting, go out at once, so nothing is lost or
 * reordered when the process dies just after one; what waits is also written when the process exits.
 */
export function stdoutWriter(): (line: string, urgent: boolean) => void {
  let waiting: string[] = [];
  const flush = () => {
    if (waiting.length === 0) return;
    const text = waiting.join('');
    waiting = [];
    process.stdout.write(text);
  };
  process.once('exit', flush);
  return (line, urgent) => {
    if (waiting.length === 0 && !urgent) setImmediate(flush);
    waiting.push(`${line}\n`);
    if (urgent) flush();
  };
}

export function createLogger(
  level: LogLevel,
  write: (line: string, urgent: boolean) => void = stdoutWriter(),
  clock: () => Date = () => systemClock.now().toJSDate(),
): Logger {
  const emit = (lvl: LogLevel, event: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < ORDER[level]) return;
    write(JSON.stringify({ time: clock().toISOString(), level: lvl, event, ...fields }), ORDER[lvl] >= ORDER.warn);
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
    return {
      error: err.name,
      message: err.message.slice(0, 500),
      stack: err.stack?.split('\n').slice(0, 6).join('\n'),
      // "storage is unavailable" alone does not tell an operator why: a timeout, a refused connection or a 503.
      ...(err.cause !== undefined ? { cause: causeOf(err.cause) } : {}),
    };
  }
  return { error: String(err).slice(0, 500) };
}

function causeOf(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause).slice(0, 300);
  const e = cause as Error & { code?: unknown; statusCode?: unknown };
  const code = [e.code, e.statusCode].filter((v) => v !== undefined).join(' ');
  return `${e.name}${code ? ` (${code})` : ''}: ${e.message}`.slice(0, 300);
}
