#!/usr/bin/env node
'use strict';
// Draws Tovholder's two Teams icons: a trefoil knot, three threads tied together (the "tovholder" keeps hold
// of the threads). color.png 192x192 on the accent colour; outline.png 32x32, white on transparent, as Teams
// requires. Run `node scripts/make-icons.js` and commit the PNGs; the build does not run this.

const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');

const OUT_DIR = path.join(__dirname, '..', 'appPackage');
const BACKGROUND = [0x17, 0x56, 0x5e]; // manifest accentColor #17565E
const THREADS = [
  [0xf5, 0xb9, 0x42], // gold
  [0xef, 0x6f, 0x53], // coral
  [0xf3, 0xeb, 0xdd], // linen
];
const SAMPLES = 2400;

/** The trefoil knot: x, y in the picture plane, z says which strand lies on top at a crossing. */
function trefoil(t) {
  return {
    x: Math.sin(t) + 2 * Math.sin(2 * t),
    y: -(Math.cos(t) - 2 * Math.cos(2 * t)),
    z: -Math.sin(3 * t),
  };
}

/** Samples the knot and scales it so that its stroked outline fills `box` pixels centred in a `size` square. */
function sampleKnot(size, box, strokeWidth) {
  const raw = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t = (2 * Math.PI * i) / SAMPLES;
    raw.push({ t, ...trefoil(t) });
  }
  const xs = raw.map((p) => p.x);
  const ys = raw.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (box - strokeWidth) / Math.max(maxX - minX, maxY - minY);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return raw.map((p) => ({ t: p.t, z: p.z, x: size / 2 + (p.x - cx) * scale, y: size / 2 + (p.y - cy) * scale }));
}

/**
 * The strands passing near pixel (px, py): each run of consecutive samples within `reach` is one pass,
 * reported with its nearest distance and the depth and parameter there.
 */
function passesNear(samples, px, py, reach) {
  const n = samples.length;
  const near = new Array(n);
  for (let i = 0; i < n; i++) {
    const dx = samples[i].x - px;
    const dy = samples[i].y - py;
    const d = Math.sqrt(dx * dx + dy * dy);
    near[i] = d < reach ? d : -1;
  }
  // Start scanning just after a far sample so that a run crossing index 0 is not split in two.
  let start = near.findIndex((d) => d < 0);
  if (start < 0) start = 0;
  const passes = [];
  let current = null;
  for (let k = 1; k <= n; k++) {
    const i = (start + k) % n;
    if (near[i] >= 0) {
      if (!current) current = { d: Infinity, z: 0, t: 0 };
      if (near[i] < current.d) Object.assign(current, { d: near[i], z: samples[i].z, t: samples[i].t });
    } else if (current) {
      passes.push(current);
      current = null;
    }
  }
  if (current) passes.push(current);
  return passes.sort((a, b) => a.z - b.z);
}

/** Coverage of a pixel by a disc edge at distance d from the centre line, radius r (1 px antialiasing ramp). */
function coverage(d, r) {
  return Math.max(0, Math.min(1, r - d + 0.5));
}

function mix(a, b, alpha) {
  return a.map((v, i) => v + (b[i] - v) * alpha);
}

/**
 * The parameter of the first under-crossing: where the curve passes beneath itself. Found by brute force
 * (the three crossings are 2*pi/3 apart) so that the colour seams can be put there, hidden by the top strand.
 */
function firstUnderCrossing() {
  const n = 3000;
  const points = Array.from({ length: n }, (_, i) => ({ t: (2 * Math.PI * i) / n, ...trefoil((2 * Math.PI * i) / n) }));
  let best = { d: Infinity, t: 0 };
  for (let i = 0; i < n; i++) {
    for (let j = i + n / 10; j < i + (9 * n) / 10 && j < n; j++) {
      const d = Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y);
      if (d < best.d) best = { d, t: points[i].z < points[j].z ? points[i].t : points[j].t };
    }
  }
  return best.t % ((2 * Math.PI) / 3);
}

const SEAM = firstUnderCrossing();

/** Colour of the thread at parameter t: three threads, each a third of the knot, changing colour under a crossing. */
function threadColour(t) {
  const turn = (t - SEAM + 2 * Math.PI) % (2 * Math.PI);
  return THREADS[Math.floor((turn / (2 * Math.PI)) * 3) % 3];
}

function writePng(file, size, pixelAt) {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixelAt(x + 0.5, y + 0.5);
      const o = (y * size + x) * 4;
      png.data[o] = Math.round(r);
      png.data[o + 1] = Math.round(g);
      png.data[o + 2] = Math.round(b);
      png.data[o + 3] = Math.round(a);
    }
  }
  fs.writeFileSync(file, PNG.sync.write(png, { colorType: 6 }));
}

function drawColour() {
  const size = 192;
  const core = 7.5; // half the thread width
  const gap = 3.5; // background ring cut around a strand that passes over another
  const samples = sampleKnot(size, 128, 2 * core);
  writePng(path.join(OUT_DIR, 'color.png'), size, (px, py) => {
    // Background: the accent colour, a little lighter towards the top left.
    const shade = 1 + 0.12 * (1 - Math.hypot(px - 40, py - 30) / 230);
    let rgb = BACKGROUND.map((v) => Math.min(255, v * shade));
    const background = rgb;
    for (const pass of passesNear(samples, px, py, core + gap + 1)) {
      rgb = mix(rgb, background, coverage(pass.d, core + gap));
      // Rounded shading across the thread so that it reads as a cord, not a flat band.
      const across = Math.min(1, pass.d / core);
      const light = 1.06 - 0.38 * across * across;
      const colour = threadColour(pass.t).map((v) => Math.min(255, v * light));
      rgb = mix(rgb, colour, coverage(pass.d, core));
    }
    return [...rgb, 255];
  });
}

function drawOutline() {
  const size = 32;
  const core = 1.5;
  const gap = 1.4;
  const samples = sampleKnot(size, 28, 2 * core);
  writePng(path.join(OUT_DIR, 'outline.png'), size, (px, py) => {
    // Only white with alpha: every strand paints white, and a strand on top erases a ring under it.
    let alpha = 0;
    for (const pass of passesNear(samples, px, py, core + gap + 1)) {
      alpha *= 1 - coverage(pass.d, core + gap);
      alpha = alpha + (1 - alpha) * coverage(pass.d, core);
    }
    return [255, 255, 255, 255 * alpha];
  });
}

if (require.main === module) {
  drawColour();
  drawOutline();
  console.log(`wrote ${path.join(OUT_DIR, 'color.png')} and outline.png`);
}

module.exports = { trefoil };
