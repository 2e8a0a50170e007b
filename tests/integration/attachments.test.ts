import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createTicketWithAttachmentsAction,
  deleteAttachmentAction,
  setAttachmentVisibilityAction,
  uploadAttachmentsAction,
} from '@/app/(staff)/tickets/attachment-actions';
import { GET as getFile } from '@/app/api/attachments/[id]/route';
import { GET as getThumbnail } from '@/app/api/attachments/[id]/thumbnail/route';
import { first } from '@/db/exec';
import { attachments, auditLog, ticketEvents, tickets } from '@/db/tables';
import { MAX_FILE_BYTES, MAX_FILES_PER_TICKET } from '@/lib/attachments/limits';
import { storeAttachment } from '@/lib/attachments/commands';
import { deleteTicketWithFiles } from '@/lib/tickets/commands';
import type { Role } from '@/lib/domain/enums';
import { resetEnvForTests } from '@/lib/env';
import { makeClient, makeDepartment, makeEmployee, makeTicket } from '../helpers/records';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();
const REDIRECT = { digest: expect.stringContaining('NEXT_REDIRECT') };

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'crm-attachments-'));
  process.env.ATTACHMENTS_DIR = dir;
  resetEnvForTests();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.ATTACHMENTS_DIR;
  resetEnvForTests();
});

let departmentId = 0;
let clientId = 0;
const people = {} as Record<Role | 'otherTech', Staff>;

async function asStaff(role: Role): Promise<Staff> {
  const e = await makeEmployee(database(), { departmentId, role });
  return { id: e.id, fullName: e.fullName, email: e.email, role, locale: 'en', departmentId };
}

beforeAll(async () => {
  const db = database();
  departmentId = (await makeDepartment(db)).id;
  clientId = (await makeClient(db)).id;
  people.admin = await asStaff('admin');
  people.manager = await asStaff('manager');
  people.technician = await asStaff('technician');
  people.otherTech = await asStaff('technician');
});

beforeEach(() => signInAs(people.manager));

const newTicket = (assigneeId?: number) => makeTicket(database(), { clientId, departmentId, assigneeId });

let shade = 0;
/** A small real photo; each call a different colour, so a different file. */
async function photo(format: 'png' | 'jpeg' = 'png') {
  shade = (shade + 37) % 256;
  const image = sharp({ create: { width: 48, height: 32, channels: 3, background: { r: shade, g: 100, b: 200 } } });
  return new Uint8Array(await (format === 'png' ? image.png() : image.jpeg()).toBuffer());
}
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const text = (s: string) => new TextEncoder().encode(s);

function uploadForm(ticketId: number, files: { name: string; bytes: Uint8Array; type?: string }[], visible: number[] = []) {
  const form = new FormData();
  form.set('ticketId', String(ticketId));
  for (const f of files) form.append('file', new File([f.bytes as Uint8Array<ArrayBuffer>], f.name, { type: f.type ?? '' }));
  for (const v of visible) form.append('visible', String(v));
  return form;
}

function idForm(values: Record<string, string | number>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.set(k, String(v));
  return form;
}

/** A ticket's attachments in the order they were stored (PostgreSQL keeps no order without ORDER BY). */
const rowsOf = (ticketId: number) => database().select().from(attachments).where(eq(attachments.ticketId, ticketId)).orderBy(attachments.id);
/** The audit entries of a ticket, oldest first. */
const auditOf = (ticketId: number) => database().select().from(auditLog).where(and(eq(auditLog.entityType, 'ticket'), eq(auditLog.entityId, ticketId))).orderBy(auditLog.id);
const ticketCount = async () => (await database().select({ id: tickets.id }).from(tickets)).length;
/** What is on disk, apart from the derived-image cache folder. */
const filesOnDisk = () => readdirSync(dir).filter((n) => n !== 'derived');

function request(id: number, query = '', variant: 'file' | 'thumbnail' = 'file') {
  const url = `http://localhost/api/attachments/${id}${variant === 'thumbnail' ? '/thumbnail' : ''}${query}`;
  const handler = variant === 'file' ? getFile : getThumbnail;
  return handler(new Request(url), { params: Promise.resolve({ id: String(id) }) });
}

describe('uploading', () => {
  it('stores a photo under its content hash, with a row, an "attached" event and an audit entry', async () => {
    const ticket = await newTicket();
    const bytes = await photo();
    const state = await uploadAttachmentsAction(undefined, uploadForm(ticket.id, [{ name: 'scratch.png', bytes }], [0]));
    expect(state).toMatchObject({ ok: true });

    const [row] = await rowsOf(ticket.id);
    expect(row).toMatchObject({ originalName: 'scratch.png', mime: 'image/png', size: bytes.byteLength, visibleToClient: true, uploaderId: people.manager.id });
    expect(row.storageName).toBe(`${row.sha256}.png`);
    expect(filesOnDisk()).toContain(row.storageName);
    const events = await database().select().from(ticketEvents).where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.kind, 'attached')));
    expect(events).toMatchObject([{ toValue: String(row.id), body: 'scratch.png', actorId: people.manager.id }]);
    const audit = await auditOf(ticket.id);
    expect(audit.at(-1)).toMatchObject({ action: 'update', changes: { attachment: { from: null, to: 'scratch.png' } } });
  });

  it('refuses a file named .png whose bytes are HTML, and stores nothing', async () => {
    const ticket = await newTicket();
    const before = filesOnDisk();
    const html = text('<!DOCTYPE html><html><script>alert(1)</script></html>');
    const state = await uploadAttachmentsAction(undefined, uploadForm(ticket.id, [{ name: 'photo.png', bytes: html, type: 'image/png' }]));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('“photo.png” is not a photo');
    expect(await rowsOf(ticket.id)).toHaveLength(0);
    expect(filesOnDisk()).toEqual(before);
  });

  it('refuses an SVG, even one that calls itself text', async () => {
    const ticket = await newTicket();
    const svg = text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    const state = await uploadAttachmentsAction(undefined, uploadForm(ticket.id, [{ name: 'notes.txt', bytes: svg, type: 'text/plain' }]));
    expect(state.message).toContain('“notes.txt” is not a photo');
    expect(await rowsOf(ticket.id)).toHaveLength(0);
  });

  it('refuses a file over 10 MB with nothing stored: no row, no file', async () => {
    const ticket = await newTicket();
    const before = filesOnDisk();
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const state = await uploadAttachmentsAction(undefined, uploadForm(ticket.id, [{ name: 'huge.jpg', bytes: big }]));
    expect(state.message).toBe('“huge.jpg” is larger than 10 MB.');
    expect(await rowsOf(ticket.id)).toHaveLength(0);
    expect(filesOnDisk()).toEqual(before);
  });

  it('takes a PDF and a text file, judged by content, and stores the good files when another in the batch is refused', async () => {
    const ticket = await newTicket();
    const state = await uploadAttachmentsAction(
      undefined,
      uploadForm(ticket.id, [
        { name: 'invoice.bin', bytes: PDF },
        { name: 'empty.txt', bytes: new Uint8Array(0) },
        { name: 'notes', bytes: text('Клиент просил сохранить данные') },
      ]),
    );
    expect(state).toMatchObject({ ok: false, message: '“empty.txt” is empty.' });
    expect((await rowsOf(ticket.id)).map((r) => [r.originalName, r.mime])).toEqual([
      ['invoice.bin', 'application/pdf'],
      ['notes', 'text/plain'],
    ]);
  });

  it('never marks a document visible to the client', async () => {
    const ticket = await newTicket();
    await uploadAttachmentsAction(undefined, uploadForm(ticket.id, [{ name: 'act.pdf', bytes: PDF }], [0]));
    expect((await rowsOf(ticket.id))[0].visibleToClient).toBe(false);
  });

  it('keeps a ticket to 20 files: the 21st is refused and leaves no file behind', async () => {
    const ticket = await newTicket();
    const files = Array.from({ length: MAX_FILES_PER_TICKET }, (_, i) => ({ name: `note-${i}.txt`, bytes: text(`limit note ${i}`) }));
    expect(await uploadAttachmentsAction(undefined, uploadForm(ticket.id, files))).toMatchObject({ ok: true, uploaded: 20 });
    const before = filesOnDisk();
    const state = await uploadAttachmentsAction(undefined, uploadForm(ticket.id, [{ name: 'one-more.txt', bytes: text('the twenty-first') }]));
    expect(state.message).toContain('A ticket holds at most 20 files; “one-more.txt” was not added');
    expect(await rowsOf(ticket.id)).toHaveLength(20);
    expect(filesOnDisk()).toEqual(before);
  });

  it('refuses the same file twice on one ticket, and shares one stored file between tickets', async () => {
    const [a, b] = [await newTicket(), await newTicket()];
    const bytes = await photo('jpeg');
    await uploadAttachmentsAction(undefined, uploadForm(a.id, [{ name: 'front.jpg', bytes }]));
    const again = await uploadAttachmentsAction(undefined, uploadForm(a.id, [{ name: 'front-copy.jpg', bytes }]));
    expect(again.message).toBe('“front-copy.jpg” is already attached to this ticket.');
    await uploadAttachmentsAction(undefined, uploadForm(b.id, [{ name: 'front.jpg', bytes }]));
    const [rowA, rowB] = [(await rowsOf(a.id))[0], (await rowsOf(b.id))[0]];
    expect(rowA.storageName).toBe(rowB.storageName);
    expect(filesOnDisk().filter((n) => n === rowA.storageName)).toHaveLength(1);

    // The file goes only with the last row that names it.
    expect(await deleteAttachmentAction(undefined, idForm({ id: rowA.id }))).toMatchObject({ ok: true });
    expect(filesOnDisk()).toContain(rowA.storageName);
    await deleteAttachmentAction(undefined, idForm({ id: rowB.id }));
    expect(filesOnDisk()).not.toContain(rowA.storageName);
  });

  it('removes the written file when the row cannot be inserted', async () => {
    const ticket = await newTicket(people.technician.id);
    const before = filesOnDisk();
    // The transaction refuses a technician who neither works on the ticket nor took it in.
    await expect(storeAttachment({ ticketId: ticket.id, name: 'x.png', bytes: await photo(), visible: false }, people.otherTech)).rejects.toThrow();
    expect(filesOnDisk()).toEqual(before);
    expect(await rowsOf(ticket.id)).toHaveLength(0);
  });

  it('sends an anonymous caller to sign in and stores nothing', async () => {
    const ticket = await newTicket();
    signInAs(null);
    await expect(uploadAttachmentsAction(undefined, uploadForm(ticket.id, [{ name: 'a.png', bytes: await photo() }]))).rejects.toMatchObject(REDIRECT);
    expect(await rowsOf(ticket.id)).toHaveLength(0);
  });

  it('lets the assigned technician upload, but not a technician from elsewhere', async () => {
    const ticket = await newTicket(people.technician.id);
    signInAs(people.otherTech);
    const refused = await uploadAttachmentsAction(undefined, uploadForm(ticket.id, [{ name: 'a.png', bytes: await photo() }]));
    expect(refused.message).toBe('You do not have permission to do this.');
    signInAs(people.technician);
    expect(await uploadAttachmentsAction(undefined, uploadForm(ticket.id, [{ name: 'a.png', bytes: await photo() }]))).toMatchObject({ ok: true });
    expect(await rowsOf(ticket.id)).toHaveLength(1);
  });
});

describe('deleting', () => {
  it('the uploader, a manager or an admin may delete; file and row go together, with an audit entry', async () => {
    const ticket = await newTicket(people.technician.id);
    signInAs(people.technician);
    await uploadAttachmentsAction(undefined, uploadForm(ticket.id, [{ name: 'a.png', bytes: await photo() }, { name: 'b.png', bytes: await photo() }]));
    const [a, b] = await rowsOf(ticket.id);

    signInAs(people.otherTech);
    expect((await deleteAttachmentAction(undefined, idForm({ id: a.id }))).message).toBe('Only the uploader, a manager or an administrator can delete this file.');
    expect(await rowsOf(ticket.id)).toHaveLength(2);

    signInAs(people.technician);
    expect(await deleteAttachmentAction(undefined, idForm({ id: a.id }))).toMatchObject({ ok: true });
    signInAs(people.admin);
    expect(await deleteAttachmentAction(undefined, idForm({ id: b.id }))).toMatchObject({ ok: true });

    expect(await rowsOf(ticket.id)).toHaveLength(0);
    expect(filesOnDisk()).not.toContain(a.storageName);
    expect(filesOnDisk()).not.toContain(b.storageName);
    const audit = await auditOf(ticket.id);
    expect(audit.map((e) => e.changes)).toEqual(
      expect.arrayContaining([{ attachment: { from: 'a.png', to: null } }, { attachment: { from: 'b.png', to: null } }]),
    );
    expect((await deleteAttachmentAction(undefined, idForm({ id: a.id }))).message).toBe('This file has already been deleted.');
  });

  it('deleting a ticket removes its files, but not content another ticket still uses', async () => {
    const [doomed, other] = [await newTicket(), await newTicket()];
    const shared = await photo();
    const ownPdf = text('%PDF-1.7\n% only on the doomed ticket\n');
    await uploadAttachmentsAction(undefined, uploadForm(doomed.id, [{ name: 'own.png', bytes: await photo() }, { name: 'shared.png', bytes: shared }, { name: 'doc.pdf', bytes: ownPdf }]));
    await uploadAttachmentsAction(undefined, uploadForm(other.id, [{ name: 'shared.png', bytes: shared }]));
    const names = (await rowsOf(doomed.id)).map((r) => r.storageName);
    expect(names).toHaveLength(3);
    // A thumbnail is cached beside the file; it goes too.
    expect((await request((await rowsOf(doomed.id))[0].id, '', 'thumbnail')).status).toBe(200);

    await deleteTicketWithFiles(doomed.id, people.admin);

    expect(await first(database().select().from(tickets).where(eq(tickets.id, doomed.id)).limit(1))).toBeUndefined();
    expect(await rowsOf(doomed.id)).toHaveLength(0);
    const [own, sharedName, pdf] = names;
    expect(filesOnDisk()).not.toContain(own);
    expect(filesOnDisk()).not.toContain(pdf);
    expect(filesOnDisk()).toContain(sharedName);
    expect(readdirSync(path.join(dir, 'derived')).filter((n) => n.startsWith(own.slice(0, 64)))).toEqual([]);
  });
});

describe('showing a photo to the client', () => {
  it('toggles a photo, and refuses to show a document', async () => {
    const ticket = await newTicket();
    await uploadAttachmentsAction(undefined, uploadForm(ticket.id, [{ name: 'p.png', bytes: await photo() }, { name: 'd.pdf', bytes: PDF }]));
    const [p, d] = await rowsOf(ticket.id);
    expect(await setAttachmentVisibilityAction(undefined, idForm({ id: p.id, visible: 'true' }))).toMatchObject({ ok: true });
    expect((await rowsOf(ticket.id))[0].visibleToClient).toBe(true);
    expect((await setAttachmentVisibilityAction(undefined, idForm({ id: d.id, visible: 'true' }))).message).toBe('Only photos can be shown to the client.');
    await setAttachmentVisibilityAction(undefined, idForm({ id: p.id, visible: 'false' }));
    expect((await rowsOf(ticket.id))[0].visibleToClient).toBe(false);
  });
});

describe('serving', () => {
  async function arrange() {
    const ticket = await newTicket();
    await uploadAttachmentsAction(
      undefined,
      uploadForm(ticket.id, [{ name: 'shown.png', bytes: await photo() }, { name: 'hidden.png', bytes: await photo() }, { name: 'act.pdf', bytes: PDF }, { name: 'log.txt', bytes: text('plain') }], [0]),
    );
    const [shown, hidden, pdf, txt] = await rowsOf(ticket.id);
    return { ticket, shown, hidden, pdf, txt };
  }

  it('gives staff the file with safe headers: images inline, everything else as a download', async () => {
    const { shown, pdf, txt } = await arrange();
    const image = await request(shown.id);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('content-disposition')).toMatch(/^inline; filename="shown.png"/);
    expect(image.headers.get('cache-control')).toMatch(/^private/);
    expect(Buffer.from(await image.arrayBuffer()).byteLength).toBe(shown.size);

    const doc = await request(pdf.id);
    expect(doc.headers.get('content-type')).toBe('application/pdf');
    expect(doc.headers.get('content-disposition')).toMatch(/^attachment; filename="act.pdf"/);
    const plain = await request(txt.id);
    expect(plain.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(plain.headers.get('content-disposition')).toMatch(/^attachment;/);

    const thumb = await request(shown.id, '', 'thumbnail');
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).format).toBe('webp');
    expect((await request(pdf.id, '', 'thumbnail')).status).toBe(404);
  });

  it('answers 404 to an anonymous request, with or without a thumbnail', async () => {
    const { shown, pdf } = await arrange();
    signInAs(null);
    for (const res of [await request(shown.id), await request(pdf.id), await request(shown.id, '', 'thumbnail'), await request(999_999)]) {
      expect(res.status).toBe(404);
    }
  });

  it('with the public token serves the client-visible photo and nothing else', async () => {
    const { ticket, shown, hidden, pdf, txt } = await arrange();
    const other = await newTicket();
    signInAs(null);
    const token = `?token=${ticket.publicToken}`;
    const visible = await request(shown.id, token);
    expect(visible.status).toBe(200);
    // The client gets a re-encoded copy, without the camera's metadata.
    expect(visible.headers.get('content-type')).toBe('image/webp');
    expect(visible.headers.get('content-disposition')).toMatch(/^inline;/);
    expect((await request(shown.id, token, 'thumbnail')).status).toBe(200);

    for (const id of [hidden.id, pdf.id, txt.id]) {
      expect((await request(id, token)).status).toBe(404);
      expect((await request(id, token, 'thumbnail')).status).toBe(404);
    }
    expect((await request(shown.id, `?token=${other.publicToken}`)).status).toBe(404);
    expect((await request(shown.id, '?token=not-a-token')).status).toBe(404);
    expect((await request(shown.id, '?token=')).status).toBe(404);
  });

  it('the public status page lists only the photos visible to the client', async () => {
    const { ticket, shown, hidden, pdf } = await arrange();
    signInAs(null);
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { PublicPhotos } = await import('@/app/status/_components/public-photos');
    const html = renderToStaticMarkup(await PublicPhotos({ ticketId: ticket.id, token: ticket.publicToken }));
    expect(html).toContain(`/api/attachments/${shown.id}/thumbnail?token=${ticket.publicToken}`);
    expect(html).not.toContain(`/api/attachments/${hidden.id}`);
    expect(html).not.toContain(`/api/attachments/${pdf.id}`);
    expect(html).not.toContain('shown.png'); // no file names either

    const bare = await newTicket();
    expect(await PublicPhotos({ ticketId: bare.id, token: bare.publicToken })).toBeNull();
  });
});

describe('intake with files', () => {
  const intake = (extra: Record<string, string | number> = {}) =>
    idForm({ kind: 'repair', channel: 'walk_in', clientId, departmentId, priority: 'normal', title: 'Разбит экран', ...extra });

  it('creates the ticket and hands back its number instead of redirecting, so the browser can upload the waiting files', async () => {
    const state = await createTicketWithAttachmentsAction(undefined, intake({ attachmentsPending: 2 }));
    expect(state).toMatchObject({ ok: true, created: { id: expect.any(Number), href: expect.stringMatching(/^\/tickets\/SC-\d{6}$/) } });
    const id = state.created!.id;
    expect((await first(database().select().from(tickets).where(eq(tickets.id, id)).limit(1)))?.title).toBe('Разбит экран');

    // The employee who took it in may attach, even though the ticket is not theirs.
    signInAs(people.otherTech);
    const technicianIntake = await createTicketWithAttachmentsAction(undefined, intake({ attachmentsPending: 1 }));
    const upload = await uploadAttachmentsAction(undefined, uploadForm(technicianIntake.created!.id, [{ name: 'intake.jpg', bytes: await photo('jpeg') }], [0]));
    expect(upload).toMatchObject({ ok: true });
  });

  it('without files behaves as the plain intake: it redirects to the ticket', async () => {
    await expect(createTicketWithAttachmentsAction(undefined, intake())).rejects.toMatchObject(REDIRECT);
  });

  it('with more than 20 files creates nothing and keeps what was typed', async () => {
    const count = await ticketCount();
    const state = await createTicketWithAttachmentsAction(undefined, intake({ attachmentsPending: 21 }));
    expect(state.message).toBe('A ticket holds at most 20 files; remove 1 from the list.');
    expect(state.values?.title).toBe('Разбит экран');
    expect(await ticketCount()).toBe(count);
  });

  it('leaves form errors to the intake: nothing is created', async () => {
    const state = await createTicketWithAttachmentsAction(undefined, intake({ title: '', attachmentsPending: 1 }));
    expect(state.fieldErrors?.title).toBeDefined();
    expect(state.created).toBeUndefined();
  });
});
