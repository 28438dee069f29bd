#!/usr/bin/env node
'use strict';
// Builds the Teams app package (appPackage/build/tovholder.zip) that an administrator uploads to Teams:
// the manifest with its ${{NAME}} placeholders filled in, the localization file(s) and both icons.
// Plain Node (>= 20.15 for zlib.crc32), no dependencies. See docs/DEPLOY.md.

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ROOT = path.join(__dirname, '..');
const SOURCE_DIR = path.join(ROOT, 'appPackage');
const DEFAULT_OUT_FILE = path.join(SOURCE_DIR, 'build', 'tovholder.zip');

// The Teams app id must stay the same between versions, or Teams treats an upload as a new app. This one was
// generated once for Tovholder; set TEAMS_APP_ID only to run a second, separate copy of the app in one tenant.
const DEFAULT_TEAMS_APP_ID = '6801235e-cc7f-4782-b64d-d670e2ee010b';
// developer.* URLs are required by the schema. The network has no pages for them yet, so they point at a
// reserved domain that can never resolve until DEVELOPER_*_URL are set (see docs/DEPLOY.md).
const PLACEHOLDER_URL = 'https://example.invalid/tovholder';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const PLACEHOLDER = /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;
// Entries get one fixed timestamp (2025-01-01 00:00) so that the same inputs give a byte-identical zip.
const DOS_TIME = 0;
const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1;

/**
 * Builds the package and writes it to `outFile`.
 * @param {object} options
 * @param {string} options.botId the bot's Microsoft App ID (env MicrosoftAppId); required.
 * @param {string} [options.appId] the Teams app id (env TEAMS_APP_ID); defaults to Tovholder's fixed id.
 * @param {string} [options.botDomain] host name of the bot, e.g. tovholder.azurewebsites.net (env BOT_DOMAIN).
 * @param {string} [options.version] app version, semver (env APP_VERSION); defaults to package.json's.
 * @param {{website?: string, privacy?: string, terms?: string}} [options.developerUrls] (env DEVELOPER_*_URL).
 * @param {string} [options.outFile] where to write the zip.
 * @param {string} [options.sourceDir] folder with manifest.json, localization files and icons.
 * @returns {{ outFile: string, manifest: object, entries: string[] }}
 */
function buildPackage(options) {
  const sourceDir = options.sourceDir || SOURCE_DIR;
  const outFile = options.outFile || DEFAULT_OUT_FILE;
  const values = placeholderValues(options);
  const manifest = fillPlaceholders(readJson(path.join(sourceDir, 'manifest.json')), values);
  // With no BOT_DOMAIN the bot still works (validDomains matters for tabs and links), so drop the empty entry.
  if (Array.isArray(manifest.validDomains)) manifest.validDomains = manifest.validDomains.filter((d) => d !== '');
  // The tab (issue 25) lives at https://BOT_DOMAIN/tab and signs in for api://BOT_DOMAIN/<bot id>: without a domain
  // the package has no tab, rather than tabs pointing nowhere.
  if (!values.BOT_DOMAIN) for (const key of ['configurableTabs', 'staticTabs', 'webApplicationInfo']) delete manifest[key];

  const files = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') }];
  for (const name of packagedFileNames(manifest)) {
    const file = path.join(sourceDir, name);
    if (!fs.existsSync(file)) throw new Error(`${name} is named in manifest.json but missing from ${sourceDir}`);
    files.push({ name, data: fs.readFileSync(file) });
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, zipFiles(files));
  return { outFile, manifest, entries: files.map((f) => f.name) };
}

function placeholderValues(options) {
  const appId = options.appId || DEFAULT_TEAMS_APP_ID;
  const botId = options.botId;
  if (!botId) {
    throw new Error(
      'MicrosoftAppId is not set: it is the bot\'s "Microsoft App ID" (the app registration\'s client id). ' +
        'Put it in the environment or in .env, e.g. MicrosoftAppId=00000000-0000-0000-0000-000000000000',
    );
  }
  if (!GUID.test(botId)) throw new Error(`MicrosoftAppId must be a GUID, got "${botId}"`);
  if (!GUID.test(appId)) throw new Error(`TEAMS_APP_ID must be a GUID, got "${appId}"`);
  const version = options.version || readJson(path.join(ROOT, 'package.json')).version;
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`APP_VERSION must look like 1.2.3, got "${version}"`);
  const urls = options.developerUrls || {};
  return {
    TEAMS_APP_ID: appId,
    MicrosoftAppId: botId,
    APP_VERSION: version,
    BOT_DOMAIN: hostOnly(options.botDomain || ''),
    DEVELOPER_WEBSITE_URL: httpsUrl('DEVELOPER_WEBSITE_URL', urls.website || PLACEHOLDER_URL),
    DEVELOPER_PRIVACY_URL: httpsUrl('DEVELOPER_PRIVACY_URL', urls.privacy || `${PLACEHOLDER_URL}/privacy`),
    DEVELOPER_TERMS_URL: httpsUrl('DEVELOPER_TERMS_URL', urls.terms || `${PLACEHOLDER_URL}/terms`),
  };
}

/** Accepts "tovholder.azurewebsites.net" or a pasted "https://tovholder.azurewebsites.net/api/messages". */
function hostOnly(domain) {
  return domain
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/.*$/, '');
}

function httpsUrl(name, url) {
  if (!/^https:\/\//i.test(url)) throw new Error(`${name} must start with https://, got "${url}"`);
  return url;
}

/** Replaces ${{NAME}} in every string of the parsed manifest; a placeholder with no value is an error. */
function fillPlaceholders(node, values) {
  if (typeof node === 'string') {
    return node.replace(PLACEHOLDER, (_, name) => {
      if (!(name in values)) throw new Error(`manifest.json uses \${{${name}}}, which the packaging script does not know`);
      return values[name];
    });
  }
  if (Array.isArray(node)) return node.map((item) => fillPlaceholders(item, values));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fillPlaceholders(v, values)]));
  }
  return node;
}

/** The files the manifest refers to: localization files and icons, each once. */
function packagedFileNames(manifest) {
  const languages = manifest.localizationInfo?.additionalLanguages || [];
  const names = [...languages.map((l) => l.file), manifest.icons.color, manifest.icons.outline];
  return [...new Set(names)];
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * The fields that the local header (from byte 4) and the central directory header (from byte 6) share, in the
 * same order: version needed 2.0, UTF-8 names (flag bit 11), deflate, time, date, CRC-32, sizes, name length.
 */
function writeSharedFields(header, at, entry) {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x0800, at + 2);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(entry.compressed.length, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.nameBytes.length, at + 22);
}

/** A minimal zip (PKWARE APPNOTE 6.3): deflated entries, UTF-8 names, one central directory, no zip64. */
function zipFiles(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const entry = {
      nameBytes: Buffer.from(name, 'utf8'),
      compressed: zlib.deflateRawSync(data, { level: 9 }),
      crc: zlib.crc32(data),
      size: data.length,
    };
    const local = Buffer.alloc(30); // extra field length at 28 stays 0
    local.writeUInt32LE(0x04034b50, 0);
    writeSharedFields(local, 4, entry);
    locals.push(local, entry.nameBytes, entry.compressed);

    const central = Buffer.alloc(46); // extra, comment, disk number, attributes stay 0
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    writeSharedFields(central, 6, entry);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, entry.nameBytes);
    offset += local.length + entry.nameBytes.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function main() {
  const envFile = path.join(ROOT, '.env');
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile);
  const env = process.env;
  const result = buildPackage({
    appId: env.TEAMS_APP_ID,
    botId: env.MicrosoftAppId,
    botDomain: env.BOT_DOMAIN,
    version: env.APP_VERSION,
    developerUrls: {
      website: env.DEVELOPER_WEBSITE_URL,
      privacy: env.DEVELOPER_PRIVACY_URL,
      terms: env.DEVELOPER_TERMS_URL,
    },
    outFile: env.PACKAGE_OUT_FILE,
  });
  const m = result.manifest;
  console.log(`Wrote ${path.relative(process.cwd(), result.outFile)} (${result.entries.join(', ')})`);
  console.log(`  Teams app id ${m.id}, bot id ${m.bots[0].botId}, version ${m.version}`);
  if (m.validDomains.length === 0) console.log('  Note: BOT_DOMAIN is not set, so validDomains is empty and the package has no tab.');
  if (JSON.stringify(m.developer).includes('example.invalid')) {
    console.log('  Note: developer URLs are placeholders (example.invalid); set DEVELOPER_*_URL when pages exist.');
  }
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`package-app: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}

module.exports = { buildPackage, zipFiles, DEFAULT_TEAMS_APP_ID };
