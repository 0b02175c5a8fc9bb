/**
 * State bodies named without a head noun («خفر السواحل», «النيابة العامة»; headless-bodies.json): the organisation
 * finder starts a body's name at a head («وزارة», «هيئة»), so these were never actors. A gazetteer of their own, not
 * in the shipped one: the tagger's features and the import's choosers read that one, and a name added there would
 * change their inputs without a retrain.
 */
import { z } from 'zod';
import headlessBodiesData from './headless-bodies.json' with { type: 'json' };
import { GazetteerEntry, indexEntries } from './gazetteer.ts';
import type { Gazetteer } from './gazetteer.ts';

const HeadlessBodiesData = z.object({
  about: z.string(),
  bodies: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)) })).min(1),
});

let bodies: Gazetteer | null = null;

/** The head-less state bodies as a gazetteer of organisations (kind «state»), parsed on first use. */
export function headlessBodies(): Gazetteer {
  bodies ??= indexEntries(HeadlessBodiesData.parse(headlessBodiesData).bodies.map((b) =>
    GazetteerEntry.parse({ name: b.name, type: 'organization', aliases: b.aliases, kind: 'state' })));
  return bodies;
}
