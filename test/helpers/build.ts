import { execFileSync } from 'node:child_process';

/**
 * Builds dist/ once before the tests, so the CLI tests run the command users get.
 * SINMUN_SKIP_BUILD=1 skips it (for quick runs of single test files that do not need dist/).
 */
export default function setup(): void {
  if (process.env.SINMUN_SKIP_BUILD) return;
  execFileSync(process.execPath, ['node_modules/tsup/dist/cli-default.js', '--silent'], { stdio: 'inherit' });
}
