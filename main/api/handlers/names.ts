import { nameSearchKeys } from '../../text/gazetteer/name-search-keys.ts';
import type { SomeHandlers } from '../handler.ts';

/** Names' search keys from the text layer, for a page that finds actors by any spelling and folds no Arabic itself. */
export const nameHandlers = {
  'names:searchKeys': (req) => ({ keys: req.texts.map(nameSearchKeys) }),
} satisfies SomeHandlers;
