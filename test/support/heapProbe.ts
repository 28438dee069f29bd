// Loaded with --require into a bot process: samples the V8 heap in use and the RSS every 10 ms and, on SIGUSR2,
// writes their peaks to the file TOVHOLDER_HEAP_PROBE names, so a test can read what an export cost under the
// production flags. Not part of the product.
import * as fs from 'node:fs';

let heap = 0;
let rss = 0;
const sample = () => {
  const m = process.memoryUsage();
  if (m.heapUsed > heap) heap = m.heapUsed;
  if (m.rss > rss) rss = m.rss;
};
setInterval(sample, 10).unref();
process.on('SIGUSR2', () => {
  sample();
  fs.writeFileSync(process.env.TOVHOLDER_HEAP_PROBE ?? 'heap-peak.json', JSON.stringify({ heapMb: heap / 2 ** 20, rssMb: rss / 2 ** 20 }));
  heap = 0;
  rss = 0;
});
