// What a turn that failed tells the user, by what failed: storage that may still have written ("uncertain"), storage
// that wrote nothing, anything else. Shared by messages, card buttons and the message extension's dialog.
import { StorageUnavailableError } from '../../storage/tableStore';
import type { MessageId } from '../../i18n/catalog';

export type FailureOutcome = 'storage_uncertain' | 'storage_unavailable' | 'error';

export function failureOutcome(err: unknown): FailureOutcome {
  if (err instanceof StorageUnavailableError) return err.maybeWritten ? 'storage_uncertain' : 'storage_unavailable';
  return 'error';
}

export const FAILURE_TEXT: Record<FailureOutcome, MessageId> = {
  storage_uncertain: 'turn.storageUncertain',
  storage_unavailable: 'turn.storageDown',
  error: 'turn.internalError',
};
