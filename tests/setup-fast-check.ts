import fc from 'fast-check';

// Property tests draw the same cases on every run, so a CI failure can be reproduced; change the seed (or set
// FAST_CHECK_SEED) to explore new cases locally.
fc.configureGlobal({ seed: Number(process.env.FAST_CHECK_SEED ?? 20261125) });
