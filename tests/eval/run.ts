// `npm run eval`: quality on data the rules were not written against, each figure beside its tuned-set twin and the
// baseline it replaces. Sections are independent; `npm run eval -- actors` runs one.
// Each section prints its own tables and throws only when the data it needs is missing or malformed.
const sections: { name: string; load: () => Promise<() => Promise<void>> }[] = [
  { name: 'actors', load: async () => (await import('./actors.ts')).evalActors },
  { name: 'events', load: async () => (await import('./events.ts')).evalEvents },
  { name: 'event-pairs', load: async () => (await import('./event-pairs.ts')).evalEventPairs },
  { name: 'metadata', load: async () => (await import('./metadata.ts')).evalMetadata },
  { name: 'timeline', load: async () => (await import('./timeline.ts')).run },
];

const only = process.argv.slice(2);
for (const section of sections) {
  if (only.length > 0 && !only.includes(section.name)) continue;
  console.log(`\n## ${section.name}`);
  try {
    await (await section.load())();
  } catch (e) {
    console.log(`${section.name} evaluation failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
