// Azurite in a process of its own (in memory, in-process in THIS child, so it sends no telemetry): the bot's memory
// figure is then the bot's, not the emulator's hundreds of thousands of rows. Tells its parent the connection string
// over IPC and its peak RSS when asked; ends when the parent disconnects.
import { startEmbeddedAzurite } from '../test/support/embeddedAzurite';

async function main(): Promise<void> {
  const azurite = await startEmbeddedAzurite(undefined);
  process.on('message', (m: { cmd?: string }) => {
    if (m?.cmd === 'stats') process.send!({ kind: 'stats', maxRssKb: process.resourceUsage().maxRSS });
  });
  process.on('disconnect', () => void azurite.close().finally(() => process.exit(0)));
  process.send!({ kind: 'ready', connectionString: azurite.connectionString });
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
