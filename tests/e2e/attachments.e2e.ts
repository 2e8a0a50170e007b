import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { DEMO, signedInBrowsers } from './browser';
import { withDatabase } from './fixtures';

/** The demo staff's UI is Russian (their own setting): selectors use ids and test ids. */
const signedIn = signedInBrowsers();

const png = (r: number, g: number, b: number) =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Every thumbnail under `selector` has been served and decoded. */
async function thumbnailsLoaded(page: Page, selector: string, count: number) {
  await page.waitForFunction(
    ([sel, n]) => {
      const images = [...document.querySelectorAll<HTMLImageElement>(sel as string)];
      return images.length === n && images.every((img) => img.complete && img.naturalWidth > 0);
    },
    [selector, count] as const,
  );
}

type Row = { id: number; original_name: string; visible_to_client: number; mime: string };
const rowsOf = (ticketId: number) =>
  withDatabase((db) => db.all<Row>('SELECT id, original_name, visible_to_client, mime FROM attachments WHERE ticket_id = ? ORDER BY id', ticketId));
const tokenOf = async (ticketId: number) =>
  (await withDatabase((db) => db.get<{ t: string }>('SELECT public_token AS t FROM tickets WHERE id = ?', ticketId))).t;
const someClient = async () => (await withDatabase((db) => db.get<{ id: number }>('SELECT id FROM clients ORDER BY id LIMIT 1 OFFSET 5'))).id;

/** Fetched with no cookies at all: what a client's browser (or a stranger) gets. */
const anonymous = (url: string) => fetch(new URL(url, inject('baseURL')));

/** A ticket id once the intake has landed on the new ticket's page. */
const ticketIdFromUrl = (page: Page) => Number(/SC-(\d{6})$/.exec(new URL(page.url()).pathname)![1]);

const STATUS_PAGE_SHOWS_PHOTOS = readFileSync(path.resolve(import.meta.dirname, '../../app/status/[token]/page.tsx'), 'utf8').includes('PublicPhotos');

describe('attachments in Chromium', () => {
  let ticketId = 0;

  it('a manager attaches two photos at intake, one for the client; the ticket and its timeline show both thumbnails', async () => {
    const page = await signedIn(DEMO.manager);
    await page.goto(`/tickets/new?client=${await someClient()}`);
    await page.locator('#field-title').fill('Е2Е треснул корпус');
    await page.getByTestId('intake-attachments-dropzone').waitFor();
    await page.locator('#intake-attachments-files').setInputFiles([
      { name: 'front.png', mimeType: 'image/png', buffer: await png(200, 40, 40) },
      { name: 'back.png', mimeType: 'image/png', buffer: await png(40, 40, 200) },
    ]);
    await page.locator('[data-testid=queued-file]').nth(1).waitFor();
    await page.getByTestId('queued-visible').first().check();
    await page.getByTestId('intake-submit').click();

    await page.waitForURL((url) => /^\/tickets\/SC-\d{6}$/.test(url.pathname), { timeout: 20_000 });
    ticketId = ticketIdFromUrl(page);
    expect((await rowsOf(ticketId)).map((r) => [r.original_name, r.visible_to_client])).toEqual([
      ['front.png', 1],
      ['back.png', 0],
    ]);
    // Thumbnails load lazily, and the lines and payments cards put the attachments below the fold.
    await page.getByTestId('attachments').scrollIntoViewIfNeeded();
    await thumbnailsLoaded(page, '[data-testid=attachments] [data-testid=attachment-thumbnail]', 2);
    expect(await page.locator('[data-testid=attachment][data-visible=true] [data-testid=attachment-name]').allTextContents()).toEqual(['front.png']);
    // The timeline's previews load lazily, and the lines card puts the timeline below the fold.
    await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    await thumbnailsLoaded(page, '[data-testid=timeline-attachment] img', 2);
    expect(await page.locator('[data-testid=timeline-event][data-kind=attached]').count()).toBe(2);
  });

  it('the public token opens only the photo shown to the client; anonymous requests get 404', async () => {
    const [front, back] = await rowsOf(ticketId);
    const token = await tokenOf(ticketId);
    const shown = await anonymous(`/api/attachments/${front.id}?token=${token}`);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await anonymous(`/api/attachments/${front.id}/thumbnail?token=${token}`)).status).toBe(200);
    expect((await anonymous(`/api/attachments/${back.id}?token=${token}`)).status).toBe(404);
    expect((await anonymous(`/api/attachments/${front.id}`)).status).toBe(404);
  });

  it.skipIf(!STATUS_PAGE_SHOWS_PHOTOS)("the client's status page shows only the visible photo", async () => {
    const page = await signedIn(DEMO.manager);
    await page.goto(`/status/${await tokenOf(ticketId)}`);
    await thumbnailsLoaded(page, '[data-testid=public-photo] img', 1);
    const [front] = await rowsOf(ticketId);
    expect(await page.locator('[data-testid=public-photo]').getAttribute('href')).toContain(`/api/attachments/${front.id}?token=`);
  });

  it('a PDF dropped on the ticket page downloads as an attachment; deleting asks first and removes it', async () => {
    const page = await signedIn(DEMO.manager);
    await page.goto(`/tickets/SC-${String(ticketId).padStart(6, '0')}`);
    const dropzone = page.getByTestId('attachments-dropzone');
    await dropzone.waitFor();
    // Drag and drop, as a browser does it: a drop event carrying the file.
    const transfer = await page.evaluateHandle((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'invoice.pdf', { type: 'application/pdf' }));
      return data;
    }, [...PDF]);
    await dropzone.dispatchEvent('drop', { dataTransfer: transfer });
    // No second click: a dropped file goes up at once.
    await page.locator('[data-testid=attachment-name]', { hasText: 'invoice.pdf' }).waitFor();
    await page.getByTestId('attachments-uploaded').waitFor();
    expect(await page.getByTestId('queued-file').count()).toBe(0);

    const pdf = (await rowsOf(ticketId)).find((r) => r.original_name === 'invoice.pdf')!;
    expect(pdf.mime).toBe('application/pdf');
    const download = page.waitForEvent('download');
    await page.locator('[data-testid=attachment-name]', { hasText: 'invoice.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('invoice.pdf');
    const response = await page.request.get(`/api/attachments/${pdf.id}`);
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="invoice.pdf"/);
    expect(response.headers()['content-type']).toBe('application/pdf');

    // Clean up through the UI: each delete asks for confirmation; files and rows go.
    for (let left = 3; left > 0; left--) {
      const item = page.getByTestId('attachment').first();
      await item.getByRole('button', { name: 'Удалить' }).click();
      await page.locator('dialog[open]').getByRole('button', { name: 'Удалить' }).click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=attachment]').length === n, left - 1);
    }
    expect(await rowsOf(ticketId)).toEqual([]);
    expect(await page.locator('[data-testid=timeline-event][data-kind=attached]').count()).toBe(3);
  });
});
