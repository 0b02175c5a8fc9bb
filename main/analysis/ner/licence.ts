/**
 * The licence the model inherits from its training data (ANERcorp, CC BY-SA 4.0): written into the model's
 * header, beside the file (models/ner/LICENSE.md) and in THIRD_PARTY_NOTICES.md.
 */
export const MODEL_LICENCE = 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), derived from ANERcorp';

export const MODEL_ATTRIBUTION = [
  'Yassine Benajiba, Paolo Rosso and José Miguel Benedí Ruiz. "ANERsys: An Arabic Named Entity Recognition System Based on Maximum Entropy." CICLing 2007, pp. 143–153.',
  'Ossama Obeid et al. "CAMeL Tools: An Open Source Python Toolkit for Arabic Natural Language Processing." LREC 2020 (the agreed split).',
];
