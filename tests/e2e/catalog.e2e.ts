import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO, signedInBrowsers } from './browser';

const signedIn = signedInBrowsers('ru-RU');

describe('the price list in Chromium', () => {
  it('a manager adds a part, finds it in Russian and in Latin letters, imports a CSV through the preview and exports', async () => {
    const page = await signedIn(DEMO.manager);
    const stamp = String(Date.now()).slice(-6);
    const code = `ZB-${stamp}`;
    const name = `Аккумулятор Зебра ${stamp}`;

    await page.goto('/catalog');
    await page.locator('a[href="/catalog/new"]').click();
    await page.waitForURL('**/catalog/new');
    // A refused form keeps what was typed and says what to fix.
    await page.locator('#field-code').fill(code);
    await page.locator('#field-priceMinor').fill('дорого');
    await page.locator('main form button[type=submit]').click();
    await page.getByTestId('error-summary').waitFor();
    await page.locator('#field-priceMinor-error').waitFor();
    expect(await page.locator('#field-code').inputValue()).toBe(code);

    await page.locator('#field-kind').selectOption('part');
    await page.locator('#field-name').fill(name);
    await page.locator('#field-priceMinor').fill('2 500,50');
    await page.locator('#field-warrantyDays').fill('90');
    await page.locator('#field-stockOnHand').fill('4');
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL(/\/catalog\/\d+$/);
    expect(await page.locator('h1').textContent()).toContain(name);

    for (const query of ['зебр', 'zebr']) {
      await page.goto('/catalog');
      await page.getByTestId('catalog-search').fill(query);
      await page.getByTestId('catalog-search').press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      await page.getByRole('link', { name }).waitFor();
    }

    await page.goto('/catalog');
    await page.locator('a[href="/catalog/import"]').click();
    await page.waitForURL('**/catalog/import');
    const csv = [
      'Код;Название;Вид;Цена;Гарантия дней;Активна;Отдел;Остаток',
      `${code};${name};запчасть;2700;90;да;;6`,
      `ZB-NEW-${stamp};Замена шлейфа Зебра ${stamp};услуга;1200;30;да;;`,
      `ZB-BAD-${stamp};Плохая строка;гаджет;дорого;;;;`,
    ].join('\r\n');
    await page.locator('#field-file').setInputFiles({ name: 'price.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
    await page.locator('main form button[type=submit]').first().click();
    await page.getByTestId('import-preview').waitFor();
    const outcomes = await page.getByTestId('import-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-outcome')));
    expect(outcomes).toEqual(['change', 'create', 'refuse']);
    expect(await page.getByTestId('import-row').nth(2).textContent()).toMatch(/вид должен быть/);
    await page.getByRole('button', { name: 'Подтвердить загрузку' }).click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').textContent()).toContain('создано 1, изменено 1, отклонено и не записано 1');

    await page.goto(`/catalog?q=${encodeURIComponent(`зебра ${stamp}`)}`);
    await page.getByRole('link', { name: `Замена шлейфа Зебра ${stamp}` }).waitFor();
    expect(await page.locator('main table tbody tr').count()).toBe(2);
    expect(await page.locator('main table').textContent()).toMatch(/2\s700,00/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href^="/catalog/export"]').click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported.startsWith('\uFEFFКод;Название;Вид;Цена')).toBe(true);
    expect(exported).toContain(`${code};${name};Запчасть;2700;90;Да;;6`);
    expect(exported).toContain(`ZB-NEW-${stamp};Замена шлейфа Зебра ${stamp};Услуга;1200;30;Да;;`);
    expect(exported).not.toContain('ZB-BAD');
  });
});
