/**
 * The end-to-end tests need a Chromium binary; Playwright's own browser download does not work
 * everywhere. Use CHROMIUM_PATH or /usr/bin/chromium, install Debian's package when possible,
 * and otherwise stop with instructions.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(
      `Chromium not found at ${path}.\n` +
        'Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  console.log('Chromium not found; installing Debian package "chromium"…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
}
console.log(`Chromium: ${execSync(`${path} --version`).toString().trim()}`);
