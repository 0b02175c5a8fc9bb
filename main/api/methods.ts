/**
 * The names of the API's calls, without their schemas: the preload needs only these, and must stay small
 * (a sandboxed preload is one bundled file). contract.ts is checked to define exactly these calls.
 */
export const METHODS = [
  'workspace:info',
  'articles:import',
  'articles:importFiles',
  'articles:importText',
  'articles:importCancel',
  'articles:list',
  'articles:get',
  'articles:correct',
  'articles:search',
  'topics:list',
  'topics:create',
  'topics:rename',
  'topics:setKeywords',
  'topics:delete',
  'topics:assign',
  'topics:unassign',
  'topics:suggest',
  'brief:assemble',
  'brief:list',
  'brief:get',
  'brief:save',
  'brief:delete',
  'brief:export',
  'files:open',
  'templates:list',
  'actors:corrections',
  'actors:correct',
  'actors:uncorrect',
  'gazetteer:list',
  'gazetteer:add',
  'gazetteer:delete',
] as const;

export type Method = (typeof METHODS)[number];
