import type { TemplateResult } from 'lit-html';
import { actorsScreen } from './actors-view.ts';
import { briefScreen } from './brief-view.ts';
import type { AppContext } from './context.ts';
import { exportScreen } from './export-view.ts';
import { aboutScreen } from './about-view.ts';
import { settingsScreen } from './settings-view.ts';
import { libraryScreen } from './library-view.ts';
import { topicsScreen } from './topics-view.ts';

export function renderScreen(ctx: AppContext): TemplateResult {
  switch (ctx.state.screen) {
    case 'library':
      return libraryScreen(ctx);
    case 'topics':
      return topicsScreen(ctx);
    case 'brief':
      return briefScreen(ctx);
    case 'actors':
      return actorsScreen(ctx);
    case 'export':
      return exportScreen(ctx);
    case 'settings':
      return settingsScreen(ctx);
    case 'about':
      return aboutScreen(ctx);
  }
}
