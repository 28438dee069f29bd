// What a turn that failed tells the user, by what failed: storage that may still have written ("uncertain"), storage
// that wrote nothing, anything else. Shared by messages, card buttons and the message extension's dialog.
import { StorageUnavailableError, type StorageFault, type WriteRecord } from '../../storage/tableStore';
import type { MessageId } from '../../i18n/catalog';

export type FailureOutcome = 'storage_uncertain' | 'failed_after_save' | 'storage_unavailable' | 'error';

/** `writes`: what the failed work had written before it failed (storage/tableStore.ts recordingWrites). */
export function failureOutcome(err: unknown, writes: WriteRecord = { saved: false, uncertain: false }): FailureOutcome {
  if ((err instanceof StorageUnavailableError && err.maybeWritten) || writes.uncertain) return 'storage_uncertain';
  if (writes.saved) return 'failed_after_save';
  if (err instanceof StorageUnavailableError) return 'storage_unavailable';
  return 'error';
}

export function noWrites(): WriteRecord {
  return { saved: false, uncertain: false };
}

export const FAILURE_TEXT: Record<FailureOutcome, MessageId> = {
  storage_uncertain: 'turn.storageUncertain',
  failed_after_save: 'turn.failedAfterSave',
  storage_unavailable: 'turn.storageDown',
  error: 'turn.internalError',
};

/** The embedded file's named refusals: the user reads why (the file is gone, damaged, read-only, the disk full). */
const FAULT_TEXT: Record<StorageFault, MessageId> = {
  fileGone: 'turn.storageFileGone',
  corrupt: 'turn.storageCorrupt',
  readOnly: 'turn.storageReadOnly',
  diskFull: 'turn.storageDiskFull',
};

/** What a failed turn tells the user: by what failed, and storage that wrote nothing named when the file knows why. */
export function failureText(failure: FailureOutcome, err: unknown): MessageId {
  if (failure === 'storage_unavailable' && err instanceof StorageUnavailableError && err.fault) return FAULT_TEXT[err.fault];
  return FAILURE_TEXT[failure];
}
