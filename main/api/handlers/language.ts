import { checkBriefLanguage } from '../../analysis/estimative/check-brief-language.ts';
import type { SomeHandlers } from '../handler.ts';
import { savedBrief } from './brief-documents.ts';

/** The analyst's language: the estimative-language check of a draft's own text. */
export const languageHandlers = {
  'brief:checkLanguage': async (req, ctx) => checkBriefLanguage('id' in req ? await savedBrief(ctx, req.id) : req.brief),
} satisfies SomeHandlers;
