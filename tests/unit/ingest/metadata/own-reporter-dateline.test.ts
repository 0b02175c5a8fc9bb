import { describe, expect, it } from 'vitest';
import { datelineByline } from '../../../../main/ingest/metadata/dateline-byline.ts';
import { isOwnReporterWord } from '../../../../main/ingest/metadata/own-reporter-word.ts';
import { placePairName } from '../../../../main/ingest/outlet/form-sources.ts';

// Lines of our own. «مراسلنا» between a dateline's place and a name says the writer is the newsroom's own
// correspondent: it is neither the outlet nor the writer, and the name after it is the writer's.
describe('the own reporter\'s word in a dateline', () => {
  it('reads the name after «مراسلنا» as the writer and no outlet', () => {
    expect(datelineByline('الخليل – مراسلنا – سامي التميمي')?.writer).toBe('سامي التميمي');
    expect(datelineByline('نابلس - مندوبتنا - ليلى الخطيب')?.writer).toBe('ليلى الخطيب');
    expect(placePairName('الخليل – مراسلنا – سامي التميمي')).toBeNull();
  });

  it('names nobody when no name follows the word, and leaves other slots alone', () => {
    expect(datelineByline('الخليل – مراسلنا')).toBeNull();
    expect(isOwnReporterWord('مراسل')).toBe(false);
    expect(isOwnReporterWord('سامي')).toBe(false);
    expect(placePairName('الخليل - صدى الجبل')).toBe('صدى الجبل');
  });
});
