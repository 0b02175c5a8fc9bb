import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { sendAppEvent } = await import('../../../main/electron/app-events.ts');

function fakeWindow() {
  const sent: unknown[] = [];
  return { sent, window: { isDestroyed: () => false, webContents: { send: (_channel: string, e: unknown) => sent.push(e) } } as never };
}

const report = { entries: [], totals: { files: 0, imported: 0, duplicate: 0, 'near-duplicate': 0, failed: 0 }, cancelled: false };

describe('app:event payloads follow the contract', () => {
  it('sends an event that parses', () => {
    const { sent, window } = fakeWindow();
    sendAppEvent(window, { type: 'imported', report });
    sendAppEvent(window, { type: 'menu', command: 'export-pdf' });
    expect(sent).toEqual([{ type: 'imported', report }, { type: 'menu', command: 'export-pdf' }]);
  });

  it('refuses a payload the page would misread (a Result where the report belongs, a command the page does not run)', () => {
    const { sent, window } = fakeWindow();
    expect(() => sendAppEvent(window, { type: 'imported', report: { ok: true, value: report } } as never)).toThrow();
    expect(() => sendAppEvent(window, { type: 'menu', command: 'open-workspace' } as never)).toThrow();
    expect(sent).toEqual([]);
  });
});
