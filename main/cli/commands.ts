import type { Command } from './commands/command.ts';
import { cleanCommand } from './commands/clean.ts';
import { importCommand } from './commands/import.ts';
import { listCommand } from './commands/list.ts';
import { searchCommand } from './commands/search.ts';
import { topicCommand } from './commands/topic.ts';
import { briefCommand } from './commands/brief.ts';
import { renderCommand } from './commands/render.ts';
import { webCommand } from './commands/web.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { checkLanguageCommand } from './commands/check-language.ts';
import { libraryCommand } from './commands/library.ts';

/** Every `mawjaz` subcommand, in the order `--help` lists them. */
export const commands: Command[] = [cleanCommand, importCommand, listCommand, searchCommand, topicCommand, briefCommand, renderCommand, checkLanguageCommand, webCommand, backupCommand, restoreCommand, libraryCommand];
