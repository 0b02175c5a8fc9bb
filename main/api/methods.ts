/**
 * The names of the API's calls, without their schemas: the preload needs only these, and must stay small
 * (a sandboxed preload is one bundled file). contract.ts is checked to define exactly these calls.
 */
export const METHODS = [
  'workspace:info',
  'workspace:backup',
  'articles:import',
  'articles:importFiles',
  'articles:importText',
  'articles:importCancel',
  'articles:clean',
  'articles:list',
  'articles:get',
  'articles:correct',
  'articles:revert',
  'articles:delete',
  'articles:restore',
  'articles:setLine',
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
  'brief:assembleCancel',
  'brief:list',
  'brief:get',
  'brief:save',
  'brief:delete',
  'brief:restore',
  'brief:duplicate',
  'brief:rename',
  'brief:undo',
  'brief:redo',
  'brief:reassemble',
  'brief:export',
  'brief:exportCancel',
  'brief:exportTo',
  'brief:checkLanguage',
  'brief:support',
  'exports:list',
  'exports:view',
  'files:open',
  'templates:list',
  'actors:corrections',
  'actors:correct',
  'actors:uncorrect',
  'gazetteer:list',
  'gazetteer:add',
  'gazetteer:delete',
  'dates:read',
  'names:searchKeys',
  'about:info',
  'outlets:grades',
  'outlets:grade',
  'outlets:keys',
  'charts:timeline',
  'library:check',
  'library:copy',
  'library:send',
  'brief:versions',
  'brief:version',
  'brief:keepBoth',
  'charts:actors',
] as const;

export type Method = (typeof METHODS)[number];

/**
 * Calls only Mawjaz itself makes (the menu's native file dialog, the sample import, the CLI): they take paths on
 * this computer, so the page — in the app or in a browser — is never offered them.
 */
export const INTERNAL_METHODS: readonly Method[] = ['articles:import', 'articles:clean', 'workspace:backup', 'brief:exportTo'];

/** The calls the page may make: what the preload exposes and the browser host serves. */
export const PAGE_METHODS: readonly Method[] = METHODS.filter((m) => !INTERNAL_METHODS.includes(m));
