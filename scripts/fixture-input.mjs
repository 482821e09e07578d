// Lists fixture folders with their source bytes and notes, without needing expected.json (which
// the update script writes). The package's own loader (sinmun/fixtures) needs the goldens.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function* readFixtureInput(root) {
  for (const family of readdirSync(root).sort()) {
    const familyDir = join(root, family);
    if (!statSync(familyDir).isDirectory()) continue;
    for (const slug of readdirSync(familyDir).sort()) {
      const dir = join(familyDir, slug);
      if (!statSync(dir).isDirectory()) continue;
      const sourcePath = ['source.html', 'source.txt'].map((n) => join(dir, n)).find((p) => existsSync(p));
      if (!sourcePath) continue;
      const notesPath = join(dir, 'fixture.json');
      const notes = existsSync(notesPath) ? JSON.parse(readFileSync(notesPath, 'utf8')) : {};
      notes.mode ??= sourcePath.endsWith('.txt') ? 'text' : 'html';
      yield { name: `${family}/${slug}`, dir, source: new Uint8Array(readFileSync(sourcePath)), notes };
    }
  }
}
