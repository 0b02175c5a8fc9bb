import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../main/api/handler.ts';
import { contract } from '../../../main/api/contract.ts';
import { articleHandlers } from '../../../main/api/handlers/articles.ts';
import { briefHandlers } from '../../../main/api/handlers/brief.ts';
import { briefDocumentHandlers } from '../../../main/api/handlers/brief-documents.ts';
import { localFileHandlers } from '../../../main/api/handlers/local-files.ts';
import { languageHandlers } from '../../../main/api/handlers/language.ts';
import { supportHandlers } from '../../../main/api/handlers/support.ts';
import { topicHandlers } from '../../../main/api/handlers/topics.ts';
import { dateHandlers } from '../../../main/api/handlers/dates.ts';
import { nameHandlers } from '../../../main/api/handlers/names.ts';
import { aboutHandlers } from '../../../main/api/handlers/about.ts';
import { chartHandlers } from '../../../main/api/handlers/charts.ts';
import { teamLibraryHandlers } from '../../../main/api/handlers/team-library.ts';
import { briefVersionHandlers } from '../../../main/api/handlers/brief-versions.ts';

// `tsc --noEmit -p .` checks this file too: the @ts-expect-error lines fail the typecheck the day a table without
// every contract method is accepted as `Handlers`.
const parts = { ...articleHandlers, ...topicHandlers, ...briefHandlers, ...briefDocumentHandlers, ...localFileHandlers, ...languageHandlers, ...supportHandlers, ...dateHandlers, ...nameHandlers, ...aboutHandlers, ...chartHandlers, ...teamLibraryHandlers, ...briefVersionHandlers };

describe('the handler table is exhaustive at compile time', () => {
  it('refuses a table that lacks a method (a type error, not a runtime "not found")', () => {
    // @ts-expect-error the workspace:* handlers (create-api.ts) are missing
    const missing: Handlers = parts;
    expect(Object.keys(missing)).not.toContain('workspace:info');
  });

  it('leaves exactly the workspace calls to create-api.ts', () => {
    const rest = Object.keys(contract).filter((m) => !(m in parts));
    expect(rest.sort()).toEqual(['workspace:backup', 'workspace:info']);
  });
});
