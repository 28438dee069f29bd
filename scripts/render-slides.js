#!/usr/bin/env node
// Renders the report's slides to PNG for the README (docs/reports/slide-*.png): the .pptx that GET /download builds,
// from the same 2024 scenario as the card pictures (scripts/render-cards.js), converted by LibreOffice headless to PDF
// and by pdftoppm to one PNG per slide. Outside `npm test`.
//
//   npm run build && node scripts/render-slides.js
//
// Needs LibreOffice Impress and poppler (Debian: apt-get install -y --no-install-recommends libreoffice-impress
// poppler-utils). LibreOffice runs with a throw-away profile and no network use of its own.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { reportData } = require('./render-cards');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs', 'reports');
const { buildSlides } = require(path.join(ROOT, 'dist', 'reports', 'pptx'));

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-slides-'));
  try {
    const pptx = path.join(work, 'status.pptx');
    fs.writeFileSync(pptx, await buildSlides(reportData(), 'da'));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, pptx], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 120_000,
    });
    fs.mkdirSync(OUT, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '72', path.join(work, 'status.pdf'), path.join(work, 'slide')], { timeout: 60_000 });
    const names = ['slide-status.png', 'slide-timeline.png', 'slide-numbers.png'];
    const pages = fs
      .readdirSync(work)
      .filter((f) => /^slide-\d+\.png$/.test(f))
      .sort();
    if (pages.length !== names.length) throw new Error(`expected ${names.length} slides, got ${pages.length}`);
    pages.forEach((page, i) => {
      fs.copyFileSync(path.join(work, page), path.join(OUT, names[i]));
      console.log(`${path.relative(ROOT, path.join(OUT, names[i]))}  ${Math.round(fs.statSync(path.join(OUT, names[i])).size / 1024)} KB`);
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
