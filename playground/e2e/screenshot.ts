// npm run screenshot: the plan view of the founding case, as README shows it (docs/playground.png).
import { fileURLToPath } from 'node:url';
import { FOUNDING_FRAGMENT, FOUNDING_HISTORY, start } from './browser.js';

const OUT = fileURLToPath(new URL('../../docs/playground.png', import.meta.url));
const session = await start();
try {
  // With the founding runner's history, so that the planned runs show under the limits.
  const { page, errors } = await session.open(`${FOUNDING_FRAGMENT}&history=${encodeURIComponent(FOUNDING_HISTORY)}`, { viewport: { width: 1280, height: 1400 } });
  // From the plan's heading down: the summary, the notes, the mileage charts and the first week of the calendar.
  const top = await page.locator('#plan-heading').evaluate((heading) => heading.getBoundingClientRect().top + window.scrollY - 12);
  await page.locator('.calendar .day').first().locator('button.dose').first().hover();
  await page.screenshot({ path: OUT, fullPage: true, clip: { x: 0, y: top, width: 1280, height: 1300 } });
  if (errors.length > 0) throw new Error(`The page logged errors: ${errors.join('; ')}`);
  console.log(`wrote ${OUT}`);
} finally {
  await session.close();
}
