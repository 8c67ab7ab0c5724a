#!/usr/bin/env node
// Drives the login window's sign-in page the way a person would, over the Chrome
// DevTools protocol that Qt WebEngine opens when QTWEBENGINE_REMOTE_DEBUGGING is set.
// No test hooks in the program: this is the real window and the real form.
//
//   node login.mjs --cdp http://127.0.0.1:PORT --mode login|wrong-password|deny|show
//                  [--username U] [--password P] [--screenshot FILE] [--hold]
//
// stdout: one JSON object per line, {"event": ...}, for the test to follow:
//   connected, form-visible, screenshot, submitted, error-shown.
// --hold waits for a line on stdin after form-visible (the test grabs the whole
// screen meanwhile) before filling the form. Exit 0 when done, 1 with a message on
// stderr otherwise. Never prints the page URL: its query holds the state.

import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'));
const { chromium } = require('playwright-core');

const MODES = ['login', 'wrong-password', 'deny', 'show'];

function parseArgs(argv) {
  const o = { cdp: '', mode: 'login', username: 'test@example.com', password: 'Passw0rd!',
    screenshot: '', hold: false, timeoutMs: 60000 };
  const args = [...argv];
  while (args.length) {
    const a = args.shift();
    const value = () => {
      if (!args.length) throw new Error(`${a} needs a value`);
      return args.shift();
    };
    switch (a) {
      case '--cdp': o.cdp = value(); break;
      case '--mode': o.mode = value(); break;
      case '--username': o.username = value(); break;
      case '--password': o.password = value(); break;
      case '--screenshot': o.screenshot = value(); break;
      case '--timeout-ms': o.timeoutMs = Number(value()); break;
      case '--hold': o.hold = true; break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  if (!o.cdp) throw new Error('--cdp is required');
  if (!MODES.includes(o.mode)) throw new Error(`--mode must be one of ${MODES.join(', ')}`);
  return o;
}

function report(event, extra = {}) {
  process.stdout.write(`${JSON.stringify({ event, at: Date.now(), ...extra })}\n`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The DevTools endpoint appears only once Chromium has started inside the login
// process: keep trying until the deadline.
async function connect(endpoint, deadline) {
  let lastError;
  while (Date.now() < deadline) {
    try {
      return await chromium.connectOverCDP(endpoint, { noDefaults: true, timeout: 5000 });
    } catch (err) {
      lastError = err;
      await sleep(100);
    }
  }
  throw new Error(`cannot connect to ${endpoint}: ${lastError && lastError.message}`);
}

// The login window has exactly one page; wait until it shows the login form.
async function findFormPage(browser, deadline) {
  while (Date.now() < deadline) {
    for (const context of browser.contexts()) {
      for (const page of context.pages()) {
        if (await page.locator('#username').isVisible().catch(() => false)) return page;
      }
    }
    await sleep(50);
  }
  throw new Error('the login form (#username) never became visible');
}

function waitForStdinLine() {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin });
    rl.once('line', () => { rl.close(); resolve(); });
    rl.once('close', resolve);
  });
}

// Clicking the submit button starts a navigation the window refuses and then the
// process exits, which drops this connection: a closed target is success here.
async function clickAndLetGo(page, selector) {
  try {
    await page.click(selector, { noWaitAfter: true, timeout: 10000 });
  } catch (err) {
    if (!/closed|disconnected|detached/i.test(String(err && err.message))) throw err;
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const deadline = Date.now() + o.timeoutMs;
  const browser = await connect(o.cdp, deadline);
  report('connected');
  const page = await findFormPage(browser, deadline);
  report('form-visible', { title: await page.title() });

  if (o.screenshot) {
    await page.screenshot({ path: o.screenshot });
    report('screenshot', { file: o.screenshot });
  }
  if (o.hold) await waitForStdinLine();

  switch (o.mode) {
    case 'show':
      break;
    case 'deny':
      await clickAndLetGo(page, '#deny');
      report('submitted');
      break;
    case 'login':
    case 'wrong-password': {
      const password = o.mode === 'login' ? o.password : `${o.password}-wrong`;
      await page.fill('#username', o.username);
      await page.fill('#password', password);
      if (o.mode === 'login') {
        await clickAndLetGo(page, '#login');
        report('submitted');
        break;
      }
      await page.click('#login');
      report('submitted');
      const error = page.locator('#error');
      await error.waitFor({ state: 'visible', timeout: Math.max(1000, deadline - Date.now()) });
      report('error-shown', { text: await error.textContent() });
      break;
    }
    default:
      break;
  }
  // Leave the login window as it is: never close the browser from here.
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`login driver: ${err && err.message ? err.message : err}\n`);
  process.exit(1);
});
