/**
 * State bodies named without a head noun («خفر السواحل», «النيابة العامة»; headless-bodies.json): the organisation
 * finder starts a body's name at a head («وزارة», «هيئة»), so these were never actors. A gazetteer of their own, not
 * in the shipped one: the tagger's features and the import's choosers read that one, and a name added there would
 * change their inputs without a retrain.
 */
import { z } from 'zod';
import headlessBodiesData from './headless-bodies.json' with { type: 'json' };
import { GazetteerEntry, indexEntries, type Gazetteer } from './gazetteer.ts';
import { nameKey } from './name-key.ts';

const HeadlessBodiesData = z.object({
  about: z.string(),
  bodies: z.array(z.object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    /** Its short form, a common word elsewhere: the body's only after the article named it in full («النيابة»). */
    short: z.array(z.string().min(1)),
  })).min(1),
});

interface HeadlessBodies {
  gazetteer: Gazetteer;
  /** Each body's entry → the name keys of its short forms. */
  short: ReadonlyMap<GazetteerEntry, readonly string[]>;
}

let bodies: HeadlessBodies | null = null;

function load(): HeadlessBodies {
  if (bodies === null) {
    const short = new Map<GazetteerEntry, readonly string[]>();
    const entries = HeadlessBodiesData.parse(headlessBodiesData).bodies.map((b) => {
      const entry = GazetteerEntry.parse({ name: b.name, type: 'organization', aliases: b.aliases, kind: 'state' });
      short.set(entry, b.short.map(nameKey));
      return entry;
    });
    bodies = { gazetteer: indexEntries(entries), short };
  }
  return bodies;
}

/** The head-less state bodies as a gazetteer of organisations (kind «state»), parsed on first use. */
export function headlessBodies(): Gazetteer {
  return load().gazetteer;
}

/** Whether an entry is one of the head-less bodies: a kind of body in any country, which its nation names (nation-of-body.ts). */
export function isHeadlessBody(entry: GazetteerEntry): boolean {
  return load().short.has(entry);
}

/** The name keys of a head-less body's short forms («النيابة» of «النيابة العامة»); none for any other entry. */
export function headlessShortForms(entry: GazetteerEntry): readonly string[] {
  return load().short.get(entry) ?? [];
}
