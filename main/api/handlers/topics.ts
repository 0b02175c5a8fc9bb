import { NotFoundError } from '../../library/workspace-error.ts';
import type { ApiContext, SomeHandlers } from '../handler.ts';

function topic(ctx: ApiContext, id: number) {
  const t = ctx.store.getTopic(id);
  if (!t) throw new NotFoundError(`no topic with id ${id}`);
  return t;
}

export const topicHandlers = {
  'topics:list': (_req, ctx) => ({ topics: ctx.store.listTopics() }),
  'topics:create': (req, ctx) => ctx.store.createTopic(req.name, req.keywords),
  'topics:rename': (req, ctx) => ctx.store.renameTopic(req.id, req.name),
  'topics:setKeywords': (req, ctx) => ctx.store.setTopicKeywords(req.id, req.keywords),
  'topics:delete': (req, ctx) => ({ deleted: ctx.store.deleteTopic(req.id) }),
  'topics:assign': (req, ctx) => {
    ctx.store.assignArticles(req.id, req.articleIds);
    return topic(ctx, req.id);
  },
  'topics:unassign': (req, ctx) => {
    ctx.store.unassignArticles(req.id, req.articleIds);
    return topic(ctx, req.id);
  },
  'topics:suggest': (req, ctx) => ({ hits: ctx.store.suggestArticles(req.id, req.limit) }),
} satisfies SomeHandlers;
