import { Brief } from '../../model/brief.ts';
import { NotFoundError } from '../../library/workspace-error.ts';
import type { SomeHandlers } from '../handler.ts';
import { saveState } from './brief-documents.ts';

/**
 * A brief's versions and the saves a team library refused (library/brief-versions.ts): listed for the brief list
 * (who, when), an older version opened, a refused draft kept as a brief of its own. A workspace file has none.
 */
export const briefVersionHandlers = {
  'brief:versions': async (req, ctx) => {
    const versions = ctx.store.briefVersions === undefined ? null : await ctx.store.briefVersions.versionsOf(req.id);
    if (versions !== null) return { team: true, ...versions };
    if (ctx.store.briefVersions !== undefined || (await ctx.store.getBrief(req.id)) === null) throw new NotFoundError(`no saved brief with id ${req.id}`);
    return { team: false, version: 0, changes: [], refused: [] };
  },
  'brief:version': async (req, ctx) => {
    const content = (await ctx.store.briefVersions?.contentAt(req.id, req.version)) ?? null;
    if (content === null) throw new NotFoundError(`brief ${req.id}: version ${String(req.version)} is not kept`);
    return { id: req.id, version: req.version, brief: Brief.parse(content.json) };
  },
  'brief:keepBoth': async (req, ctx) => {
    const versions = ctx.store.briefVersions;
    if (versions === undefined) throw new NotFoundError(`brief ${req.id}: no refused save ${String(req.refused)}`);
    // Read and kept in one transaction, the refused save's row locked: two "keep both" at once make one brief, not two.
    return ctx.store.transaction(async () => {
      const draft = await versions.refusedDraft(req.id, req.refused);
      if (draft === null) throw new NotFoundError(`brief ${req.id}: no refused save ${String(req.refused)}`);
      if (draft.keptAs !== null) {
        const kept = await ctx.store.getBrief(draft.keptAs);
        if (kept) return { id: kept.id, title: kept.title, updatedAt: kept.updatedAt };
      }
      // A brief of its own, under its own title: the analyst compares the two and merges by hand what they want. Its
      // id from the global Web Crypto, loaded when first used (brief-documents.ts says why).
      const { id, brief, updatedAt } = await saveState(ctx, `brief-${crypto.randomUUID()}`, Brief.parse(draft.json));
      await versions.markKept(req.refused, id);
      return { id, title: brief.title, updatedAt };
    });
  },
} satisfies SomeHandlers;
