#!/usr/bin/env node
/**
 * The `sinmun` command: `sinmun page.html` prints the page's Article as JSON.
 * The only part of the package that uses Node's own modules.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeHtml, parseArticle, parseArticleText, SinmunError } from '../index.js';
import type { ParseOptions } from '../index.js';

const USAGE = `Usage: sinmun [options] FILE...

Reads Korean news pages and prints each one's Article as JSON: one object for one file,
JSON Lines for several. FILE may be - for standard input.

Options:
  --text                 read the input as plain visible text, not HTML
  --pretty               indent the JSON (one file only)
  --url URL              the page's address (site rules, links)
  --reference-date DATE  date for relative dates when the page has none (YYYY-MM-DD)
  --content-type VALUE   the HTTP Content-Type the bytes came with
  --max-bytes N          largest input accepted (default 20 MiB)
  --no-site-rules        use only the generic extractor
  -h, --help             show this help
  -v, --version          show the version`;

class UsageError extends Error {}

function fail(message: string): never {
  process.stderr.write(`sinmun: ${message}\n`);
  process.exit(2);
}

function readSource(file: string): Uint8Array {
  try {
    return file === '-' ? new Uint8Array(readFileSync(0)) : new Uint8Array(readFileSync(file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`);
  }
}

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        text: { type: 'boolean' },
        pretty: { type: 'boolean' },
        url: { type: 'string' },
        'reference-date': { type: 'string' },
        'content-type': { type: 'string' },
        'max-bytes': { type: 'string' },
        'no-site-rules': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message.split('\n')[0]} (see sinmun --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  if (positionals.length === 0) fail('no input file (see sinmun --help)');

  const options: ParseOptions = {};
  if (values.url !== undefined) options.url = values.url;
  if (values['reference-date'] !== undefined) options.referenceDate = values['reference-date'];
  if (values['content-type'] !== undefined) options.contentType = values['content-type'];
  if (values['no-site-rules']) options.siteRules = false;
  if (values['max-bytes'] !== undefined) {
    const max = Number(values['max-bytes']);
    if (!Number.isFinite(max) || max <= 0) fail(`--max-bytes must be a positive number, got "${values['max-bytes']}"`);
    options.maxInputBytes = max;
  }

  const pretty = values.pretty === true && positionals.length === 1;
  let failed = false;
  for (const file of positionals) {
    try {
      const bytes = readSource(file);
      const article = values.text
        ? parseArticleText(decodeHtml(bytes, options.contentType ? { contentType: options.contentType } : {}).html, options)
        : parseArticle(bytes, options);
      process.stdout.write(`${JSON.stringify(article, null, pretty ? 2 : undefined)}\n`);
    } catch (error) {
      if (error instanceof UsageError || error instanceof SinmunError) {
        process.stderr.write(`sinmun: ${file}: ${error.message}\n`);
        failed = true;
        continue;
      }
      throw error;
    }
  }
  if (failed) process.exit(2);
}

declare const __SINMUN_VERSION__: string;
const VERSION = typeof __SINMUN_VERSION__ === 'string' ? __SINMUN_VERSION__ : '0.0.0';

main(process.argv.slice(2));
