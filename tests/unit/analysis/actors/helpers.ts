import type { Actor } from '../../../../main/model/brief.ts';

export function named(actors: readonly Actor[], name: string): Actor | undefined {
  return actors.find((a) => a.name === name);
}

export function names(actors: readonly Actor[]): string[] {
  return actors.map((a) => a.name);
}
