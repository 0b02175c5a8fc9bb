import { NotFoundError } from '../../library/workspace-error.ts';
import type { ApiContext, SomeHandlers } from '../handler.ts';

async function topic(ctx: ApiContext, id: number) {
  const t = await ctx.store.getTopic(id);
  if (!t) throw new NotFoundError(`no topic with id ${id}`);
  return t;
}

export const topicHandlers = {
  'topics:list': async (_req, ctx) => ({ topics: await ctx.store.listTopics() }),
  'topics:create': (req, ctx) => ctx.store.createTopic(req.name, req.keywords),
  'topics:rename': (req, ctx) => ctx.store.renameTopic(req.id, req.name),
  'topics:setKeywords': (req, ctx) => ctx.store.setTopicKeywords(req.id, req.keywords),
  'topics:delete': async (req, ctx) => ({ deleted: await ctx.store.deleteTopic(req.id) }),
  'topics:assign': async (req, ctx) => {
    await ctx.store.assignArticles(req.id, req.articleIds);
    return topic(ctx, req.id);
  },
  'topics:unassign': async (req, ctx) => {
    await ctx.store.unassignArticles(req.id, req.articleIds);
    return topic(ctx, req.id);
  },
  'topics:suggest': async (req, ctx) => ({ hits: await ctx.store.suggestArticles(req.id, req.limit) }),
} satisfies SomeHandlers;
