// Checks the exported HTML map in Debian's chromium, headless and offline: no request besides
// the file, no console error or CSP violation, the slider recolors Poland after its withdrawal
// took effect (2026-02-20), a click and the keyboard open Lithuania's panel with a quote and
// http(s) source links, and dataset text with markup stays text.
//
//   node html_map_test.js FLANKATLAS POSTURE_JSON WORK_DIR
'use strict';

const { chromium } = require('playwright-core');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const [flankatlas, postureFile, workDir] = process.argv.slice(2);
if (!flankatlas || !postureFile || !workDir) {
  console.error('usage: node html_map_test.js FLANKATLAS POSTURE_JSON WORK_DIR');
  process.exit(2);
}
const browserPath = process.env.FLANK_CHROMIUM || '/usr/bin/chromium';

let failures = 0;
function check(condition, message) {
  if (!condition) {
    ++failures;
    console.error(`FAIL: ${message}`);
  } else {
    console.log(`ok: ${message}`);
  }
}

function exportMap(file, extraArguments, environment) {
  execFileSync(flankatlas, ['export', '-o', file, '--scale', '50m', ...extraArguments], {
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', ...environment },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

// Opens the file with every other request refused and counted, console errors recorded.
async function openPage(browser, file) {
  const page = await browser.newPage();
  const url = pathToFileURL(file).href;
  const watch = { requests: [], errors: [] };
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    watch.requests.push(route.request().url());
    return route.abort();
  });
  page.on('request', (request) => {
    if (request.url() !== url && !watch.requests.includes(request.url()))
      watch.requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(String(error)));
  await page.goto(url);
  await page.waitForSelector('#map g.state.known');
  return { page, watch };
}

// Poland's fill as the page shows it (the first of its recolored shapes).
const polandFill = (page) =>
  page.$eval('#map g.state.known[data-iso3="POL"]', (group) =>
    getComputedStyle(group.querySelector('g[fill] path')).fill);

async function setSliderDate(page, iso) {
  await page.$eval('#date-slider', (slider, day) => {
    slider.value = String(day);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  }, Date.parse(`${iso}T00:00:00Z`) / 86400000);
}

async function mainChecks(browser) {
  const file = path.join(workDir, 'map.html');
  exportMap(file, ['--date', '2025-12-01']);
  const size = fs.statSync(file).size;
  check(size < 3 * 1024 * 1024, `the file at 50m is under 3 MB (${size} bytes)`);

  const { page, watch } = await openPage(browser, file);
  await page.screenshot({ path: path.join(workDir, 'before-slider.png') });
  check((await page.textContent('#stamp')).includes('2025-12-01'), 'the stamp gives the export date');
  const before = await polandFill(page);
  await setSliderDate(page, '2026-03-01');
  const after = await polandFill(page);
  check(before !== after, `Poland changes color after 2026-02-20 (${before} -> ${after})`);
  check((await page.textContent('#stamp')).includes('2026-03-01'), 'the stamp follows the slider');
  await page.screenshot({ path: path.join(workDir, 'after-slider.png') });
  // Page Down steps back to the dated step before: Poland's withdrawal took effect that day.
  await page.focus('#date-slider');
  await page.keyboard.press('PageDown');
  check((await page.textContent('#stamp')).includes('2026-02-20'), 'Page Down steps to the last step before');

  const tooltipTarget = await page.$('#map g.state.known[data-iso3="LTU"]');
  await tooltipTarget.hover({ force: true });
  check((await page.textContent('#tooltip')).startsWith('Lithuania'), 'hovering names the state');

  await page.$eval('#map g.state.known[data-iso3="LTU"]', (group) =>
    group.dispatchEvent(new MouseEvent('click', { bubbles: true })));
  await page.waitForSelector('#panel:not([hidden])');
  const quotes = await page.$$eval('#panel blockquote', (nodes) => nodes.map((node) => node.textContent));
  check(quotes.some((text) => text.includes('states bordering Russia are ready')),
    'the panel shows a quote from Lithuania\'s records');
  const links = await page.$$eval('#panel .sources a', (nodes) => nodes.map((node) => node.href));
  check(links.length > 0 && links.every((href) => /^https?:\/\//.test(href)),
    `the panel's source links are http(s) (${links.length})`);
  await page.screenshot({ path: path.join(workDir, 'after-click.png') });

  // The keyboard path: Escape closes, Tab reaches a state, Enter opens its panel.
  await page.keyboard.press('Escape');
  check(await page.$eval('#panel', (panel) => panel.hidden), 'Escape closes the panel');
  await page.focus('#date-slider');
  let focusedState = null;
  for (let i = 0; i < 20 && !focusedState; ++i) {
    await page.keyboard.press('Tab');
    focusedState = await page.evaluate(() => {
      const active = document.activeElement;
      return active && active.matches && active.matches('g.state.known') ? active.getAttribute('data-iso3') : null;
    });
  }
  check(focusedState !== null, `Tab reaches a state (${focusedState})`);
  await page.keyboard.press('Enter');
  check(!(await page.$eval('#panel', (panel) => panel.hidden)), 'Enter opens the state\'s panel');
  const heading = await page.textContent('#panel h2');
  check(heading && heading.length > 0, `the panel names the state (${heading})`);

  check(watch.requests.length === 0, `no request besides the file (${watch.requests.join(', ')})`);
  check(watch.errors.length === 0, `no console error or CSP violation (${watch.errors.join(' | ')})`);
  await page.close();
}

// A quote holding markup: it must show as text, and no element must come of it.
async function markupChecks(browser) {
  const dataset = JSON.parse(fs.readFileSync(postureFile, 'utf8'));
  const quote = dataset.quotes.find((item) => item.state === 'LTU');
  const markup = '<img src=x onerror="document.title=\'pwned\'"></script><b>bold</b>';
  quote.text = markup;
  quote.saidOn = '2020-01-01';
  // FLANK_DATA_DIR holds a geodata folder; the countries not in it come from the bundled data.
  const dataDir = path.join(workDir, 'markup-data');
  fs.mkdirSync(path.join(dataDir, 'geodata'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'geodata', 'posture.json'), JSON.stringify(dataset));
  const file = path.join(workDir, 'markup.html');
  exportMap(file, ['--date', '2025-12-01'], { FLANK_DATA_DIR: dataDir });

  const { page, watch } = await openPage(browser, file);
  await page.$eval('#map g.state.known[data-iso3="LTU"]', (group) =>
    group.dispatchEvent(new MouseEvent('click', { bubbles: true })));
  await page.waitForSelector('#panel:not([hidden])');
  const quotes = await page.$$eval('#panel blockquote', (nodes) => nodes.map((node) => node.textContent));
  check(quotes.includes(markup), 'a quote with markup shows as its text');
  check((await page.$$('img')).length === 0, 'no img element comes of it');
  check((await page.$$('#panel b')).length === 0, 'no b element comes of it');
  check((await page.title()) !== 'pwned', 'no script of it ran');
  check(watch.requests.length === 0, `no request (${watch.requests.join(', ')})`);
  check(watch.errors.length === 0, `no console error (${watch.errors.join(' | ')})`);
  await page.close();
}

(async () => {
  fs.mkdirSync(workDir, { recursive: true });
  // A fresh profile each run; the persistent context is how Playwright takes one.
  const profile = fs.mkdtempSync(path.join(workDir, 'profile-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await mainChecks(browser);
    await markupChecks(browser);
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (failures) {
    console.error(`${failures} check(s) failed`);
    process.exit(1);
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
