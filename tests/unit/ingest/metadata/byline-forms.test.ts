import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { parseByline, parseOutletByline } from '../../../../main/ingest/metadata/byline.ts';

const LEDE = 'افتتحت البلدية صباح اليوم جسرا جديدا فوق الوادي بعد أشهر من الأعمال التي عطلت حركة السير في المدينة';
const MORE = 'وقال رئيس البلدية إن الجسر سيخفف الازدحام على الطريق القديم وإن أعمال الإنارة ستكتمل الشهر المقبل';

function authorOf(text: string): string | null {
  return cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: '2026-01-15' }).author;
}

describe('bylines in more of the forms pages print', () => {
  it('reads a programme\'s «إعداد وتقديم», a correspondent named with the outlet before the city, and a French «Par» before an Arabic name', () => {
    expect(parseByline('إعداد وتقديم: نادر الحارثي')).toBe('نادر الحارثي');
    expect(parseByline('مراسل الصباح في سبها: ليلى المبروك')).toBe('ليلى المبروك');
    expect(parseByline('مراسلنا في موروني: سعيد علي')).toBe('سعيد علي');
    expect(parseByline('Par كريمة السوسي')).toBe('كريمة السوسي');
    expect(parseByline('par exemple')).toBeNull();
    expect(parseByline('Paris Match')).toBeNull();
  });

  it('reads the wires’ «من» + a person’s name, and no sentence that opens with «من»', () => {
    expect(parseByline('من طارق العياري')).toBe('طارق العياري');
    expect(parseByline('من جهة أخرى')).toBeNull();
    expect(parseByline('من المتوقع أن يرتفع')).toBeNull();
  });

  it('reads a live page’s editor of the day', () => {
    expect(parseByline('يحررها اليوم: سلمى الدباغ')).toBe('سلمى الدباغ');
  });

  it('does not take a dateline’s place beside the outlet for a writer', () => {
    expect(parseOutletByline('رام الله - دنيا الوطن')).toBeNull();
  });

  it('reads a name alone on a line between the headline and the story when it opens with a given name', () => {
    expect(authorOf(`جسر جديد فوق الوادي يخفف الازدحام\nسامح عبد الحكيم\n${LEDE}\n${MORE}`)).toBe('سامح عبد الحكيم');
    // Two words built like a name but no given name: a section, not a writer.
    expect(authorOf(`جسر جديد فوق الوادي يخفف الازدحام\nشؤون محلية\n${LEDE}\n${MORE}`)).toBeNull();
  });
});
