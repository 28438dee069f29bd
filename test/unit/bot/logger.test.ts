// The log lines' way to stdout: a turn's info line waits for the end of the event loop's turn (so the answer is not
// held up by a pipe write) and goes out with the others in one write; a warning or error goes out at once, after
// whatever waits, so a crash right after it loses nothing and nothing is reordered.
import assert from 'node:assert/strict';
import { createLogger, describeError } from '../../../bot/logger';
import { StorageUnavailableError } from '../../../storage/tableStore';

describe('the logger on stdout', () => {
  let written: string[];
  let original: typeof process.stdout.write;
  beforeEach(() => {
    written = [];
    original = process.stdout.write;
    process.stdout.write = ((chunk: string) => {
      written.push(chunk);
      return true;
    }) as typeof process.stdout.write;
  });
  afterEach(() => {
    process.stdout.write = original;
  });

  const events = (chunk: string) =>
    chunk
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { event: string }).event);

  it('writes info lines after the current turn of the event loop, together in one write', async () => {
    const logger = createLogger('info', undefined, () => new Date(0));
    logger.info('turn', { n: 1 });
    logger.info('turn', { n: 2 });
    logger.debug('not at this level');
    assert.deepEqual(written, [], 'nothing written yet');
    await new Promise((resolve) => setImmediate(resolve));
    process.stdout.write = original;
    assert.equal(written.length, 1);
    assert.deepEqual(events(written[0]!), ['turn', 'turn']);
  });

  it('writes a warning or an error at once, after the lines that wait', async () => {
    const logger = createLogger('info', undefined, () => new Date(0));
    logger.info('turn');
    logger.error('turn_failed');
    process.stdout.write = original;
    assert.equal(written.length, 1);
    assert.deepEqual(events(written[0]!), ['turn', 'turn_failed']);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(written.length, 1, 'nothing left to write');
  });
});

describe('describeError', () => {
  it('names why storage was unavailable: the cause a StorageUnavailableError wraps, with its code', () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'AbortError', code: 23 });
    const fields = describeError(new StorageUnavailableError(timeout));
    assert.equal(fields.error, 'StorageUnavailableError');
    assert.equal(fields.cause, 'AbortError (23): The operation was aborted due to timeout');
  });

  it('gives a status code and a cause that is not an Error as they are, and no cause where there is none', () => {
    const refused = Object.assign(new Error('Service Unavailable'), { name: 'RestError', statusCode: 503 });
    assert.equal(describeError(new StorageUnavailableError(refused)).cause, 'RestError (503): Service Unavailable');
    assert.equal(describeError(new StorageUnavailableError('socket hang up')).cause, 'socket hang up');
    assert.equal('cause' in describeError(new Error('plain')), false);
  });
});
