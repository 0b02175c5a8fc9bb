// Actors of a selection: people, organisations and places, found by rules and a gazetteer (see extract-actors.ts).
export { extractActors, type ExtractActorsOptions } from './extract-actors.ts';
export { ActorCorrections } from './corrections.ts';
export { loadGazetteer, GazetteerEntry, type Gazetteer, type GazetteerEntryInput } from '../../text/gazetteer/gazetteer.ts';
