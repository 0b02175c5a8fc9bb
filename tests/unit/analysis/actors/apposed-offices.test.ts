import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named } from './helpers.ts';

// A person's post (an office and its body) beside the name is the role, in sentences of our own (review 27 finding 11).
function roles(body: string, name: string): string[] | undefined {
  return named(extractActors([articleRecord('a1', body)], {}), name)?.roles;
}

describe('an office in apposition after a name', () => {
  it('runs over a body of standing and its complement («مدير الشركة العامة لموانئ ليبيا»)', () => {
    expect(roles('وقال سالم حمدان الكعبي، مدير الشركة العامة لموانئ ليبيا، إن الرواتب ستصرف.', 'سالم حمدان الكعبي')).toEqual(['مدير الشركة العامة لموانئ ليبيا']);
  });

  it('is the role of a foreign name the tagger reads, over the listed body in its complement', () => {
    expect(roles('وقال يوهانس برانت، رئيس بعثة صندوق النقد الدولي إلى ليبيا، إن المحادثات تسير.', 'يوهانس برانت')).toEqual(['رئيس بعثة صندوق النقد الدولي']);
  });

  it('is no role where no comma sets it beside the name', () => {
    expect(roles('وقال يوهانس برانت إن رئيس بعثة صندوق النقد الدولي غادر ليبيا.', 'يوهانس برانت')).toEqual([]);
  });
});

describe('an office, a comma, a courtesy rank and a name', () => {
  it('gives the office, not the rank, as the role («مدير …، المهندس سالم …»)', () => {
    expect(roles('قال مدير الشركة العامة لموانئ ليبيا، المهندس سالم جواد الكعبي، إن الرواتب ستصرف.', 'سالم جواد الكعبي')).toEqual(['مدير الشركة العامة لموانئ ليبيا']);
  });

  it('leaves the rank the role where no office comes before it', () => {
    expect(roles('قال المهندس سالم جواد الكعبي إن الرواتب ستصرف.', 'سالم جواد الكعبي')).toEqual(['المهندس']);
  });
});

describe('an office that runs on to the comma before a foreign name', () => {
  it('is the role of the name after the comma («المستشار الاقتصادي في شركة …، مارك …»)', () => {
    expect(roles('وقال المستشار الاقتصادي في شركة Gulf Harbour Lines، مارك هولدن، إن الشركة خسرت عقودا.', 'مارك هولدن')).toEqual(['المستشار الاقتصادي في شركة Gulf Harbour Lines']);
  });

  it('is no role where a courtesy rank, not an office, runs to the comma («الباحثة في معهد …، سارة …»)', () => {
    expect(roles('وقالت الباحثة في معهد Gulf Studies، سارة هولدن، إن الموانئ توقفت.', 'سارة هولدن')).toEqual([]);
  });
});
