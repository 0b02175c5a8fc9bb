import { outletInSlot, type KnownOutlet } from './known-outlets.ts';

// «رووداو ديجيتال @Rudaw_Arabic», «Sky News Arabia @skynewsarabia»: the newsroom's name, then its social handle.
const HANDLE_LINE = /^([\p{L}\p{M}][\p{L}\p{M}\p{N} .]{1,40}?)\s*@([A-Za-z0-9_]{2,30})$/u;
// The desk words a newsroom signs with beside its name («ديجيتال», «أونلاين»), and the language or desk a handle adds.
const DESK_TAIL = /\s+(?:ديجيتال|الرقمي|الرقمية|أونلاين|اونلاين|digital|online)$/iu;
const HANDLE_TAIL = /_?(?:arabic|arabia|ar|news|digital|online|tv)$/iu;

/**
 * The known outlet a newsroom's signature names above the story: its name and its social handle on one line, the name
 * with a desk word after it («رووداو ديجيتال @Rudaw_Arabic»), or the handle alone standing for the name. Only known
 * outlets count, and the caller asks only the page's head: an embedded post in the story quotes someone else.
 */
export function newsroomHandleOutlet(line: string): KnownOutlet | null {
  const m = HANDLE_LINE.exec(line.trim());
  if (m === null) return null;
  const name = (m[1] ?? '').trim().replace(DESK_TAIL, '');
  const handle = m[2] ?? '';
  let label = handle;
  for (let i = 0; i < 3 && HANDLE_TAIL.test(label) && label.replace(HANDLE_TAIL, '').length >= 2; i++) label = label.replace(HANDLE_TAIL, '');
  return outletInSlot(name) ?? outletInSlot(label);
}
