import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Fonts, templates, the entity model, the title chooser's weights and the sample articles ship beside the code in development and as resources in a
// packaged app; the Electron entry points MAWJAZ_RESOURCES at process.resourcesPath.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resourcesRoot = process.env.MAWJAZ_RESOURCES ?? projectRoot;

export const resources = {
  fontsDir: path.join(resourcesRoot, 'fonts'),
  templatesDir: path.join(resourcesRoot, 'templates'),
  nerModelFile: path.join(resourcesRoot, 'models', 'ner', 'anercorp-perceptron.bin'),
  /** The learned title chooser's weights (npm run train:title-lines). */
  titleModelFile: path.join(resourcesRoot, 'models', 'title-lines', 'title-lines.json'),
  /** The learned outlet chooser's weights (npm run train:outlets). */
  outletModelFile: path.join(resourcesRoot, 'models', 'outlets', 'outlet-choice.json'),
  /** The learned byline chooser's weights (npm run train:authors). */
  authorModelFile: path.join(resourcesRoot, 'models', 'authors', 'author-choice.json'),
  noticesFile: path.join(resourcesRoot, 'THIRD_PARTY_NOTICES.md'),
  /** The learned same-event pair scorer (analysis/summary/event-pair-model.ts; npm run train:events). */
  eventPairModelFile: path.join(resourcesRoot, 'models', 'events', 'same-event-pairs.json'),
  nerLicenceFile: path.join(resourcesRoot, 'models', 'ner', 'LICENSE.md'),
  // package.json is inside the app's own files in a packaged app too: the version comes from there.
  packageFile: path.join(projectRoot, 'package.json'),
  rendererDir: path.join(projectRoot, 'renderer'),
  /** pdf.js's browser build and its worker, which the export screen loads to draw an exported PDF's pages. */
  pdfjsDir: path.join(projectRoot, 'node_modules', 'pdfjs-dist', 'build'),
  sampleArticlesDir: process.env.MAWJAZ_RESOURCES
    ? path.join(resourcesRoot, 'sample-workspace')
    : path.join(projectRoot, 'tests', 'fixtures', 'seeds'),
} as const;
