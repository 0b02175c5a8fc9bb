import type { Command } from './command.ts';
import { cleanCommand } from './commands/clean.ts';
import { renderCommand } from './commands/render.ts';

/** Every `mawjaz` subcommand, in the order `--help` lists them. */
export const commands: Command[] = [cleanCommand, renderCommand];
