/**
 * The parts of an assembly in the order they run. Apart from assemble.ts so that the contract and the work thread's
 * messages can name them without loading the whole analysis.
 */
export const ASSEMBLY_STAGES = ['actors', 'summary', 'timeline', 'questions'] as const;
export type AssemblyStage = (typeof ASSEMBLY_STAGES)[number];
