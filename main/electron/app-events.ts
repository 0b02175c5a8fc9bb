import type { BrowserWindow } from 'electron';
import { AppEvent } from '../api/app-contract.ts';

/**
 * Pushes an `app:*` event to the page, checked against the contract's schema first: what the page receives is what
 * its types say (a menu import sends the report itself, never the Result around it).
 */
export function sendAppEvent(window: BrowserWindow | null, event: AppEvent): void {
  if (window && !window.isDestroyed()) window.webContents.send('app:event', AppEvent.parse(event));
}
