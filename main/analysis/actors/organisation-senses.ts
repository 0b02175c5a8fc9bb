import type { Mention } from './mention.ts';

/**
 * One sense per discourse for organisations: a name an article gives as an organisation by a cue («شركة كوداك»,
 * or a name the gazetteer lists) is that organisation where the tagger, with no cue, reads the same name as a
 * person («وأكدت كوداك أن …»), so the company written with and without its head is one actor. Only the tagger's
 * own persons with no role are retyped, and only in the same article (a surname in one article may be a company's
 * name in another); an outlet is left alone (a bare outlet name may be a citation, not an actor). The analyst's
 * corrections apply after this and still win.
 */
export function withOrganisationSenses(mentions: readonly Mention[]): Mention[] {
  const organisations = new Map<string, Mention>();
  const at = (m: Mention): string => `${m.sourceId}\u0000${m.key}`;
  // An organisation found by a cue (a head, the gazetteer), not by the tagger alone, which may misread a name too.
  const cued = (m: Mention): boolean => m.type === 'organization' && !m.roleOnly && !m.outlet && (!m.tagged || m.entry !== null);
  for (const m of mentions) if (cued(m) && !organisations.has(at(m))) organisations.set(at(m), m);
  if (organisations.size === 0) return [...mentions];
  return mentions.map((m) => {
    const org = m.type === 'person' && m.tagged && !m.roleOnly && m.roles.length === 0 ? organisations.get(at(m)) : undefined;
    return org === undefined ? m : { ...m, type: 'organization', entry: org.entry, single: false };
  });
}
