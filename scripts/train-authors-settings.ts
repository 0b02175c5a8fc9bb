// The settings of `npm run train:authors`, read by the training script and by the test that checks the shipped model
// was trained with them (tests/unit/ingest/author/shipped-model-inputs.test.ts). The sets it learns from are the
// learned choosers' (format-training-sets.ts).
export const ITERATIONS = 400;
export const LEARNING_RATE = 0.5;
export const L2 = 0.01;
