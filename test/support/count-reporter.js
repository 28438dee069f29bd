// Spec output plus the plain closing line "N passed, N failed" that CI reads (it does not parse mocha's own summary).
'use strict';
const Mocha = require('mocha');
const { EVENT_RUN_END } = Mocha.Runner.constants;

class CountReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats || { passes: 0, failures: 0, pending: 0 };
      const skipped = s.pending ? `, ${s.pending} skipped` : '';
      process.stdout.write(`\n${s.passes} passed, ${s.failures} failed${skipped}\n`);
      // A test that leaves a server, socket or timer behind would keep mocha (and CI) waiting forever. This timer is
      // unref'd: in a clean run the process exits before it fires; if it fires, something leaked, and the run fails.
      setTimeout(() => {
        process.stderr.write(`tests left these handles open 10 s after the run: ${process.getActiveResourcesInfo().join(', ')}\n`);
        process.exit(1);
      }, 10_000).unref();
    });
  }
}
module.exports = CountReporter;
