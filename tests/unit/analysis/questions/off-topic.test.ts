import { describe, expect, it } from 'vitest';
import { offTopicArticles } from '../../../../main/analysis/questions/off-topic.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Four reports of one story (salty drinking water in Basra) and a football result from the same city: the match
// shares the city, the country, «العام» and «المدير» with the story, and nothing that tells a topic.
const story = [
  'أعلنت مديرية الصحة في البصرة تسجيل مئات حالات التسمم بسبب ملوحة مياه الشرب في أحياء المدينة، وقال المدير العام إن المستشفيات استقبلت أكثر من ألف مصاب هذا العام.',
  'ارتفعت ملوحة مياه شط العرب إلى مستويات قياسية، ما دفع سكان البصرة إلى شراء مياه الشرب المعبأة، بحسب المدير العام لدائرة الماء في العراق.',
  'تظاهر مئات من سكان البصرة أمام مبنى المحافظة احتجاجا على تلوث مياه الشرب وتزايد حالات التسمم في المستشفيات.',
  'أرسلت وزارة الموارد المائية فرقا لتنظيف محطات تحلية مياه الشرب في البصرة بعد تزايد شكاوى الملوحة هذا العام.',
];
const match = 'حقق نادي الميناء البصري فوزا كبيرا على ضيفه في الدوري العراقي هذا العام، وقال المدير الفني للنادي إن الفريق يطمح إلى اللقب.';

describe('offTopicArticles', () => {
  it('flags an article that shares only names, titles and time words with the story', () => {
    const articles = [...story, match].map((body, i) => articleRecord(`a${i}`, body));
    expect(offTopicArticles(articles)).toEqual([4]);
  });

  it('keeps every report of the story, one of them sharing few words with the rest', () => {
    const articles = story.map((body, i) => articleRecord(`a${i}`, body));
    expect(offTopicArticles(articles)).toEqual([]);
  });

  it('reads no topic in a point of the compass, a state or «new»: a find of old coins shares only those with the story', () => {
    const diplomat = 'وقال دبلوماسي غربي إن الدولة ستحصل على دفعة جديدة من المساعدات لتنظيف محطات تحلية مياه الشرب في البصرة.';
    const coins = 'عثر فريق من علماء الآثار على جرار جديدة مليئة بقطع نقدية في الضفة الغربية للنهر، تعود إلى عصر الدولة الأموية.';
    const articles = [...story, diplomat, coins].map((body, i) => articleRecord(`a${i}`, body));
    expect(offTopicArticles(articles)).toEqual([5]);
  });
});
