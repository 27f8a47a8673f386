// The browser side of perf/kanboard/compare.sh: the same board in PSO Portal and in Kanboard, measured alternately
// in one headless Chromium. Prints a Markdown report. Node 18+, playwright-core (PLAYWRIGHT_HOME names the folder
// whose node_modules holds it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execSync } from 'node:child_process';

const require = createRequire((process.env.PLAYWRIGHT_HOME || process.cwd()) + '/');
const { chromium } = require('playwright-core');

const arg = (name, fallback) => {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const portal = arg('portal'), kanboard = arg('kanboard'), project = arg('project');
const runs = Number(arg('runs', '10'));
const WARM_UP = 5;
const portalPids = arg('portal-pids').split(' ').map(Number);
const kanboardPids = arg('kanboard-pids').split(' ').map(Number);
const COLUMNS = ['TODO', 'IN_PROGRESS', 'WAITING', 'DONE'];
const cards = readFileSync(arg('cards'), 'utf8').split('\n').filter(Boolean).map(l => {
  const [column, ...title] = l.split('\t');
  return { column, title: title.join(' ') };
});
const CLK_TCK = Number(execSync('getconf CLK_TCK').toString().trim());

// ---- server CPU: user + system time of a process tree, from /proc -------------------------------------------------
function tree(roots) {
  const parent = new Map();
  for (const pid of execSync('ls /proc').toString().split('\n').filter(p => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch { /* gone */ }
  }
  const all = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) if (all.has(ppid) && !all.has(pid)) { all.add(pid); grew = true; }
  }
  return [...all];
}
function cpuMs(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime
    } catch { /* gone */ }
  }
  return ticks * 1000 / CLK_TCK;
}

// ---- Kanboard: the same board through its JSON-RPC API -----------------------------------------------------------
let rpcId = 0;
async function rpc(method, params) {
  const response = await fetch(kanboard + '/jsonrpc.php', {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from('admin:admin').toString('base64') },
    body: JSON.stringify({ jsonrpc: '2.0', method, id: ++rpcId, params }),
  });
  const body = await response.json();
  if (body.error || body.result === false) throw new Error(method + ': ' + JSON.stringify(body));
  return body.result;
}
async function copyBoardToKanboard() {
  const projectId = await rpc('createProject', { name: 'PSO board (copy of project ' + project + ')' });
  const columns = (await rpc('getColumns', { project_id: projectId })).sort((a, b) => a.position - b.position);
  const names = ['To do', 'In progress', 'Waiting', 'Done'];
  const ids = {};
  for (let i = 0; i < 4; i++) {
    await rpc('updateColumn', { column_id: columns[i].id, title: names[i] });
    ids[COLUMNS[i]] = columns[i].id;
  }
  for (const card of cards) { // in board order: each lands at the end of its column
    await rpc('createTask', { title: card.title, project_id: projectId, column_id: ids[card.column] });
  }
  return projectId;
}

// ---- the two products, as a browser sees them -----------------------------------------------------------------------
const products = [
  {
    name: 'PSO Portal',
    pids: portalPids,
    async signIn(page) {
      await page.goto(portal + '/login');
      await page.fill("input[name='username']", 'admin@pso.example');
      await page.fill("input[name='password']", 'demo1234');
      await page.click("vaadin-button[slot='submit'], button[slot='submit']");
      await page.waitForURL(url => !url.pathname.startsWith('/login'));
    },
    url: () => `${portal}/board?project=${project}`,
    visible: n => [...['TODO', 'IN_PROGRESS', 'WAITING', 'DONE']]
      .reduce((s, c) => s + (document.getElementById('cards-' + c)?.size || 0), 0) === n
      && !!document.querySelector('.pso-card'),
    source: '#cards-TODO .pso-card',
    target: '#cards-IN_PROGRESS',
    html5: true,
  },
  {
    name: 'Kanboard',
    pids: kanboardPids,
    async signIn(page) {
      await page.goto(kanboard + '/?controller=AuthController&action=login');
      await page.fill("input[name='username']", 'admin');
      await page.fill("input[name='password']", 'admin');
      await page.click("button[type='submit']");
      await page.waitForURL(url => !url.search.includes('AuthController'));
    },
    url: () => `${kanboard}/?controller=BoardViewController&action=show&project_id=${products[1].projectId}`,
    visible: n => document.querySelectorAll('.task-board').length === n,
    source: '.board-task-list.board-column-expanded .task-board',
    target: '.board-task-list.board-column-expanded', // the second of them
  },
];

/** Bytes on the wire (HTTP bodies and headers as received, WebSocket frames both ways) and when the last arrived. */
async function traffic(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const t = { bytes: 0, last: Date.now() };
  cdp.on('Network.loadingFinished', e => { t.bytes += e.encodedDataLength; t.last = Date.now(); });
  cdp.on('Network.webSocketFrameReceived', e => { t.bytes += e.response.payloadData.length; t.last = Date.now(); });
  cdp.on('Network.webSocketFrameSent', e => { t.bytes += e.response.payloadData.length; });
  return t;
}
async function quiet(t, ms = 400) {
  while (Date.now() - t.last < ms) await new Promise(r => setTimeout(r, 50));
}

/**
 * CPU a server side spends with nobody using it (the JVM's JIT, GC and scheduled jobs; PHP-FPM and nginx idle), in
 * ms per second of wall time: measured over 10 s before the runs and taken off each measurement for its duration,
 * so that a figure is the work the interaction caused.
 */
async function idleRate(product) {
  const pids = tree(product.pids);
  const cpu0 = cpuMs(pids), t0 = Date.now();
  await new Promise(r => setTimeout(r, 10000));
  return (cpuMs(pids) - cpu0) / ((Date.now() - t0) / 1000);
}
const net = (product, cpu, ms) => Math.max(0, cpu - product.idle * ms / 1000);

async function openBoard(product, context) {
  const page = await context.newPage();
  const t = await traffic(page);
  const pids = tree(product.pids);
  const cpu0 = cpuMs(pids);
  const start = Date.now();
  await page.goto(product.url(), { waitUntil: 'commit' });
  await page.waitForFunction(product.visible, cards.length, { polling: 'raf', timeout: 60000 });
  const visible = Date.now() - start;
  await quiet(t);
  return { page, traffic: t, visible, bytes: t.bytes, cpu: net(product, cpuMs(pids) - cpu0, Date.now() - start) };
}

/**
 * Moves the first card of the first column to the second column and measures until the last response. Kanboard's
 * board (jQuery UI sortable, mouse events) is dragged with the real mouse. The portal's grid uses HTML5 drag and
 * drop, which headless Chromium does not start from synthetic mouse input; there the same drop is dispatched as the
 * browser's drag events (as BoardDragIT does), so the server does exactly the work of a real drop.
 */
async function moveCard(product, page, t) { // t: the page's traffic, followed since before its WebSocket opened
  const pids = tree(product.pids);
  let cpu0, start;
  if (product.html5) {
    const source = await page.locator(product.source).first().elementHandle();
    const target = await page.locator(product.target).elementHandle();
    cpu0 = cpuMs(pids);
    t.bytes = 0;
    start = t.last = Date.now();
    await page.evaluate(([card, grid]) => {
      const src = card.closest('vaadin-grid-cell-content'), tgt = grid.$.table;
      const dt = new DataTransfer();
      const fire = (el, type) => el.dispatchEvent(new DragEvent(type,
        { bubbles: true, cancelable: true, composed: true, dataTransfer: dt }));
      fire(src, 'dragstart'); fire(tgt, 'dragenter'); fire(tgt, 'dragover'); fire(tgt, 'drop'); fire(src, 'dragend');
    }, [source, target]);
  } else {
    const source = page.locator(product.source).first();
    const target = page.locator(product.target).nth(1);
    await source.scrollIntoViewIfNeeded();
    const from = await source.boundingBox(), to = await target.boundingBox();
    if (!from || !to) throw new Error(product.name + ': nothing to drag from or to');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 5, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + 20, { steps: 10 });
    cpu0 = cpuMs(pids);
    t.bytes = 0;
    start = t.last = Date.now();
    await page.mouse.up();
  }
  await new Promise(r => setTimeout(r, 100));
  await quiet(t);

  if (process.env.SCREENSHOTS) await page.screenshot({ path: 'target/kanboard-compare/moved-' + product.name.replace(' ', '') + '.png' });
  return { time: t.last - start, bytes: t.bytes, cpu: net(product, cpuMs(pids) - cpu0, Date.now() - start) };
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  products[1].projectId = await copyBoardToKanboard();
  const results = new Map(products.map(p => [p.name, { visible: [], bytes: [], cpu: [], move: [], moveBytes: [], moveCpu: [] }]));
  const contexts = new Map();
  for (const p of products) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await p.signIn(page);
    await page.close();
    for (let i = 0; i < WARM_UP; i++) (await openBoard(p, context)).page.close(); // the browser cache, the JIT, OPcache
    contexts.set(p.name, context);
  }
  for (const p of products) p.idle = await idleRate(p);
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? products : [...products].reverse();
    for (const p of order) {
      const r = results.get(p.name);
      const open = await openBoard(p, contexts.get(p.name));
      r.visible.push(open.visible); r.bytes.push(open.bytes); r.cpu.push(open.cpu);
      const move = await moveCard(p, open.page, open.traffic);
      r.move.push(move.time); r.moveBytes.push(move.bytes); r.moveCpu.push(move.cpu);
      await open.page.close();
    }
  }
  const kb = n => (n / 1000).toFixed(1) + ' KB';
  const ms = n => Math.round(n) + ' ms';
  const [a, b] = products.map(p => Object.assign(results.get(p.name), { idle: p.idle }));
  const chromiumVersion = browser.version();
  console.log(`# The same board: PSO Portal and Kanboard\n`);
  console.log(`${new Date().toISOString()}, ${cards.length} cards (project ${project} of the large organisation), `
    + `${runs} runs each, alternating; headless Chromium ${chromiumVersion}, 1600×1000; ${execSync('nproc').toString().trim()} cores.`);
  console.log(`Medians (the /proc clock behind server CPU ticks every ${1000 / CLK_TCK} ms); server CPU net of each side's idle`
    + ` background (PSO Portal ${a.idle.toFixed(1)} ms/s, Kanboard ${b.idle.toFixed(1)} ms/s, measured over 10 s).\n`);
  console.log('| | PSO Portal | Kanboard | PSO / Kanboard |');
  console.log('|---|---|---|---|');
  const row = (label, x, y, fmt) => console.log(`| ${label} | ${fmt(x)} | ${fmt(y)} | ${(x / y).toFixed(2)} |`);
  row('open the board (fresh tab, warm cache): to visible cards', median(a.visible), median(b.visible), ms);
  row('open the board: bytes transferred', median(a.bytes), median(b.bytes), kb);
  row('open the board: server CPU', median(a.cpu), median(b.cpu), ms);
  row('move a card by mouse drag: until the last response', median(a.move), median(b.move), ms);
  row('move a card: bytes transferred', median(a.moveBytes), median(b.moveBytes), kb);
  row('move a card: server CPU', median(a.moveCpu), median(b.moveCpu), ms);
  console.log('\nEach run, PSO Portal:', JSON.stringify(a));
  console.log('Each run, Kanboard:', JSON.stringify(b));
} finally {
  await browser.close();
}
