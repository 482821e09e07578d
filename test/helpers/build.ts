import { execFileSync } from 'node:child_process';

/** Builds dist/ once before the tests, so the CLI tests run the command users get. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/tsup/dist/cli-default.js', '--silent'], { stdio: 'inherit' });
}
