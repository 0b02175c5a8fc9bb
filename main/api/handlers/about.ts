import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { resources } from '../../resources.ts';
import type { SomeHandlers } from '../handler.ts';

const PackageVersion = z.object({ version: z.string() });

/**
 * The app's version and the notices that ship with it, read from the files themselves (the same files a packaged
 * app carries as resources), so the About view can never say other than what ships.
 */
export const aboutHandlers = {
  'about:info': async () => {
    const version = PackageVersion.parse(JSON.parse(await readFile(resources.packageFile, 'utf8'))).version;
    const fontLicences = (await readdir(resources.fontsDir)).filter((f) => f.endsWith('-LICENSE.txt')).sort();
    const notices = [
      { kind: 'notices' as const, name: path.basename(resources.noticesFile), text: await readFile(resources.noticesFile, 'utf8') },
      { kind: 'data' as const, name: 'LICENSE.md', text: await readFile(resources.nerLicenceFile, 'utf8') },
      ...(await Promise.all(fontLicences.map(async (name) => ({ kind: 'font' as const, name, text: await readFile(path.join(resources.fontsDir, name), 'utf8') })))),
    ];
    return { version, notices };
  },
} satisfies SomeHandlers;
