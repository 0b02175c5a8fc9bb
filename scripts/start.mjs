// `npm start`: builds the Electron shell and opens the desktop app on the sample workspace.
// Where the Electron binary could not be fetched (offline build machines), it says so and names the browser host.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const electronDir = path.join(root, 'node_modules', 'electron');

if (!existsSync(path.join(electronDir, 'path.txt'))) {
  console.error('The Electron binary is not installed on this machine (it could not be downloaded), so the desktop app cannot open here: run `npm run web` to use Mawjaz in your browser instead.');
  process.exit(1);
}

const build = spawn(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs')], { stdio: 'inherit' });
build.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const electron = require('electron');
  const app = spawn(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  app.on('exit', (c) => process.exit(c ?? 0));
});
