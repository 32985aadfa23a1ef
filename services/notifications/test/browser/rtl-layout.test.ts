// Opens the rendered HTML part in headless Chromium (Debian's `chromium` package) and checks
// where the text actually lands: Persian and Arabic start at the right margin, English at the
// left. Screenshots go to artifacts/email-<lang>.png at the repo root.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import t from 'tap';
import type { EmailLanguage } from '../../src/domain/email-language.js';
import { renderMatchEmail } from '../../src/domain/render-match-email.js';
import { sampleMatchEmailInput } from '../../src/domain/sample-match.js';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../../../..');
const ARTIFACTS = join(REPO_ROOT, 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The Persian/Arabic families of the email's font stack; Debian's fonts-noto-core has Noto's. */
const ARABIC_SCRIPT_FONTS = [
  'Vazirmatn',
  'Tahoma',
  'Noto Naskh Arabic',
  'Noto Sans Arabic',
  'Segoe UI',
];

// The few DOM types the in-page function uses; the package compiles without the DOM lib.
interface Rect {
  left: number;
  right: number;
}
interface PageNode {
  textContent: string | null;
}
interface PageElement extends PageNode {
  firstChild: PageNode | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  getBoundingClientRect(): Rect;
}
interface PageRange {
  selectNodeContents(node: PageNode): void;
  setStart(node: PageNode, offset: number): void;
  setEnd(node: PageNode, offset: number): void;
  getBoundingClientRect(): Rect;
}
declare const document: {
  body: PageElement;
  querySelector(selector: string): PageElement | null;
  createRange(): PageRange;
};
declare function getComputedStyle(element: PageElement): { direction: string };

interface LineBox {
  direction: string;
  /** The fonts Chromium drew the greeting with. */
  fonts: string[];
  /** The paragraphs' box: the content column inside the card's padding. */
  container: { left: number; right: number };
  /** The whole (one-line) greeting. */
  greeting: { left: number; right: number };
  /** The first word of the intro paragraph, which wraps over several lines. */
  firstWord: { left: number; right: number };
}

if (!existsSync(CHROMIUM)) {
  t.fail(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
} else {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  t.teardown(() => browser.close());
  await mkdir(ARTIFACTS, { recursive: true });

  async function fontsOfGreeting(page: Page): Promise<string[]> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '[data-part="content"] p',
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  }

  /** Renders the sample email for `language`, optionally edited, and measures it. */
  async function layout(
    language: EmailLanguage,
    edit?: (html: string) => string,
  ): Promise<LineBox> {
    const page = await browser.newPage({ viewport: { width: 720, height: 900 } });
    try {
      // The email must stand alone: any network request would be a remote resource.
      await page.route('**/*', (route) => route.abort());
      const { html } = renderMatchEmail(sampleMatchEmailInput(language));
      await page.setContent(edit ? edit(html) : html);
      if (!edit) {
        await page.screenshot({ path: join(ARTIFACTS, `email-${language}.png`), fullPage: true });
      }
      const fonts = await fontsOfGreeting(page);
      const box = await page.evaluate(() => {
        const box = (r: Rect) => ({ left: r.left, right: r.right });
        const content = document.querySelector('[data-part="content"]');
        const [greeting, intro] = Array.from(content?.querySelectorAll('p') ?? []);
        if (!greeting || !intro?.firstChild) throw new Error('greeting or intro paragraph missing');
        const whole = document.createRange();
        whole.selectNodeContents(greeting);
        const word = document.createRange();
        const text = intro.firstChild;
        word.setStart(text, 0);
        word.setEnd(text, (text.textContent ?? '').indexOf(' '));
        return {
          direction: getComputedStyle(document.body).direction,
          container: box(intro.getBoundingClientRect()),
          greeting: box(whole.getBoundingClientRect()),
          firstWord: box(word.getBoundingClientRect()),
        };
      });
      return { ...box, fonts };
    } finally {
      await page.close();
    }
  }

  const NEAR = 2; // px
  for (const language of ['fa', 'ar'] as const) {
    t.test(`${language}: right-to-left, text starts at the right margin`, async (t) => {
      const box = await layout(language);
      const width = box.container.right - box.container.left;
      t.equal(box.direction, 'rtl', 'body direction');
      t.ok(width > 400, `content is ${Math.round(width)}px wide`);
      t.ok(
        Math.abs(box.container.right - box.greeting.right) <= NEAR,
        'greeting ends at the right edge',
      );
      t.ok(
        box.greeting.left - box.container.left > width / 3,
        'greeting leaves the left side empty',
      );
      t.ok(
        Math.abs(box.container.right - box.firstWord.right) <= NEAR,
        'intro starts at the right edge',
      );
      t.ok(box.firstWord.left - box.container.left > width / 2, 'its first word is on the right');
      t.ok(
        box.fonts.some((font) => ARABIC_SCRIPT_FONTS.includes(font)),
        `drawn with a font of the stack (${box.fonts.join(', ')}); install fonts-noto-core if not`,
      );
    });
  }

  t.test('control: the same Persian email without its RTL markup starts on the left', async (t) => {
    const box = await layout('fa', (html) =>
      html
        .replaceAll('dir="rtl"', 'dir="ltr"')
        .replaceAll('direction:rtl', 'direction:ltr')
        .replaceAll('text-align:right', 'text-align:left'),
    );
    t.equal(box.direction, 'ltr');
    t.ok(
      Math.abs(box.container.right - box.greeting.right) > NEAR * 10,
      'the RTL check would fail',
    );
  });

  t.test('en: left-to-right, text starts at the left margin', async (t) => {
    const box = await layout('en');
    const width = box.container.right - box.container.left;
    t.equal(box.direction, 'ltr', 'body direction');
    t.ok(
      Math.abs(box.greeting.left - box.container.left) <= NEAR,
      'greeting starts at the left edge',
    );
    t.ok(
      box.container.right - box.greeting.right > width / 3,
      'greeting leaves the right side empty',
    );
    t.ok(
      Math.abs(box.firstWord.left - box.container.left) <= NEAR,
      'intro starts at the left edge',
    );
  });
}
