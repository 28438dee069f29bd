// The key that signs download links (domain/downloadToken.ts), kept in storage so that every instance of the bot signs
// and checks with the same one: one row in the Scopes table, created once with a conditional insert (two instances
// starting at once: one insert wins, the other reads the winner's key). Never logged, never sent anywhere.
import { randomBytes } from 'node:crypto';
import { isConflict, type Row, type TableStore } from './tableStore';
import { DOWNLOAD_KEY_PARTITION } from './schema';

const PARTITION = DOWNLOAD_KEY_PARTITION;
const ROW = 'hmac-key';

interface KeyRow extends Row {
  key: string;
}

export class DownloadKeyRepository {
  private cached: Buffer | undefined;

  constructor(private readonly store: TableStore) {}

  /** The key, created on first use. Kept in memory once read: it never changes (delete the row to rotate it: every
   *  link out then stops working, and each instance picks up the new key after a restart). */
  async key(): Promise<Buffer> {
    if (this.cached) return this.cached;
    let row = await this.store.get<KeyRow>(PARTITION, ROW);
    if (!row) {
      try {
        await this.store.insert({ partitionKey: PARTITION, rowKey: ROW, key: randomBytes(32).toString('base64') });
      } catch (err) {
        if (!isConflict(err)) throw err;
      }
      row = await this.store.get<KeyRow>(PARTITION, ROW);
    }
    if (!row) throw new Error('the download key row could not be read back');
    this.cached = Buffer.from(row.key, 'base64');
    return this.cached;
  }
}
