import type { Metadata } from 'next'
import { Link } from '@/components/ui/link.client'
import { CodeBlock } from '@/components/ui/code-block'
import { DataTable } from '@/components/ui/data-table'
import { DEFAULT_SCENARIO, presetScenario } from '@/lib/scenario/defaults'
import {
  EMBED_PATH,
  EMBED_SANDBOX,
  EMBED_SCRIPT_PATH,
  FRAME_HEIGHT,
  INITIAL_FRAME_HEIGHT,
  RESIZE_MESSAGE_TYPE,
  embedUrl,
  iframeSnippet,
  scriptSnippet,
} from '@/lib/scenario/embed'
import { paramDocs } from '@/lib/scenario/param-docs'
import type { ParamDoc } from '@/lib/scenario/param-docs'
import { pageMetadata } from '@/lib/seo/page-metadata'
import { SITE_URL } from '@/lib/site'

export const metadata: Metadata = pageMetadata({
  path: '/embed',
  title: 'Embed the staking calculator',
  description:
    'Put the Staking Field Guide calculator on your site: one script tag or an iframe, every query parameter with its range and default, sizing, sandbox and the Content Security Policy you need.',
})

const options = { theme: 'auto', compact: false } as const
const example = { ...DEFAULT_SCENARIO, amount: 32, rate: 3.5, symbol: 'ETH' }

/** The widget's public contract: snippets, parameters, sizing, sandbox, CSP, versioning and privacy. */
export default function EmbedDocsPage() {
  const host = new URL(SITE_URL).host
  return (
    <div className="prose max-w-3xl prose-site prose-h2:scroll-mt-6 prose-pre:my-4">
      <h1>Embed the staking calculator</h1>
      <p className="lead">
        Any website can show our staking calculator, configured for its readers, for free. The widget sets no
        cookies, loads nothing from third parties and reports nothing back to us or to you. It shows the same
        numbers as the <Link href="/calculator">full calculator</Link>, from the same tested engine, with
        every assumption and a link back to the full scenario.
      </p>
      <p>
        The easiest way to get a snippet is the <strong>Embed this calculator</strong> button on the{' '}
        <Link href="/calculator">calculator</Link>: set up a scenario, choose a theme, copy.
      </p>

      <div
        id="framing"
        role="note"
        className="not-prose rounded-lg border-l-4 border-note bg-note-soft px-4 py-3 text-text"
      >
        <p className="font-semibold">Your page must be served over https</p>
        <p className="mt-1">
          The widget may be framed by https pages only, so browsers refuse it on plain http pages. For testing
          on your own machine, <code>http://localhost</code> and <code>http://127.0.0.1</code> (any port) work
          too, as long as your test page keeps the browser&apos;s default referrer policy (we recognise a
          local page by the Referer it sends). Where the frame is refused, the loader shows a short message
          with a link to this page instead of an empty box.
        </p>
      </div>

      <h2 id="script">With the script tag (recommended)</h2>
      <p>
        Put an element with <code>data-staking-calculator</code> where the calculator should appear, and load
        the loader once per page. It turns each element into an iframe with a title, lazy loading and the
        recommended sandbox, and keeps its height fitted to the content.
      </p>
      <CodeBlock label="Script tag snippet">{scriptSnippet(SITE_URL, example, options)}</CodeBlock>
      <p>
        Every parameter below can be given as a <code>data-</code> attribute (<code>priceChange</code> becomes{' '}
        <code>data-price-change</code>). The element&apos;s own content is replaced, so you can put a plain
        link to the calculator inside it for readers without JavaScript.
      </p>

      <h2 id="iframe">With a plain iframe</h2>
      <p>
        Without the script the frame cannot resize itself, so give it a height: about{' '}
        {INITIAL_FRAME_HEIGHT.full} px for the full widget and {INITIAL_FRAME_HEIGHT.compact} px for{' '}
        <code>compact</code> (content that does not fit scrolls inside the frame).
      </p>
      <CodeBlock label="Iframe snippet">{iframeSnippet(SITE_URL, example, options)}</CodeBlock>

      <h2 id="parameters">Parameters</h2>
      <p>
        The widget at <code>{EMBED_PATH}</code> and the calculator page take the same parameters; percentages
        are written in percent (<code>apr=5</code> is 5%). A value that cannot be used falls back to its
        default and is listed inside the widget, so a typo never breaks your page. Unknown parameters are
        ignored, a repeated parameter uses its first value, numbers outside their range are brought to the
        nearest limit, and values longer than 64 characters are ignored.
      </p>
      <div className="not-prose">
        <DataTable<ParamDoc>
          caption="Query parameters of the calculator and the widget"
          rows={paramDocs()}
          rowKey={(row) => row.name}
          columns={[
            { key: 'name', header: 'Parameter', cell: (row) => <code>{row.name}</code>, rowHeader: true },
            { key: 'meaning', header: 'Meaning', cell: (row) => row.meaning },
            { key: 'values', header: 'Values', cell: (row) => row.values },
            { key: 'default', header: 'Default', cell: (row) => row.fallback },
          ]}
        />
      </div>
      <p>
        For example,{' '}
        <code className="break-all">{embedUrl('', presetScenario('cosmos-delegate'), options)}</code> starts
        from the Cosmos Hub preset with its sourced figures, which stay current as we update them.
      </p>

      <h2 id="sizing">Sizing</h2>
      <p>
        The widget posts <code>{`{ type: '${RESIZE_MESSAGE_TYPE}', height }`}</code> to its parent whenever
        its height changes. The loader applies a height only when the message comes from our origin and from
        that very iframe, and keeps it between {FRAME_HEIGHT.min} and {FRAME_HEIGHT.max} px. If you write your
        own listener, check <code>event.origin</code> and <code>event.source</code> the same way. The widget
        is fluid: give its container the width you want (it reads best from 320 to 900 px).
      </p>

      <h2 id="sandbox">Sandbox</h2>
      <CodeBlock label="Recommended sandbox">{`sandbox="${EMBED_SANDBOX}"`}</CodeBlock>
      <ul>
        <li>
          <code>allow-scripts</code>: the calculator updates as readers type.
        </li>
        <li>
          <code>allow-same-origin</code>: the widget keeps its own origin ({host}), so its resize messages can
          be verified. It cannot reach your page: it is a different origin.
        </li>
        <li>
          <code>allow-popups</code> and <code>allow-popups-to-escape-sandbox</code>: the attribution link and
          the sources open in a new tab, outside the sandbox.
        </li>
        <li>
          <code>allow-forms</code>: without JavaScript the widget still recalculates through a plain form.
        </li>
      </ul>
      <p>Nothing else is needed: no top navigation, no downloads, no modals, no storage of yours.</p>

      <h2 id="csp">Content Security Policy for your site</h2>
      <p>
        If your site sends a Content Security Policy, allow the frame and, for the script form, the loader:
      </p>
      <CodeBlock label="Content Security Policy for your site">{`frame-src ${SITE_URL};\nscript-src ${SITE_URL};`}</CodeBlock>
      <p>
        On our side, <code>/embed/…</code> answers with{' '}
        <code>Content-Security-Policy: frame-ancestors &apos;self&apos; https:</code>, so any https page may
        frame it. When the page framing it is an http page on your own machine (its Referer is{' '}
        <code>http://localhost</code> or <code>http://127.0.0.1</code>), that one response also allows{' '}
        <code>http://localhost:*</code> and <code>http://127.0.0.1:*</code>; it is never cached, so nobody
        else receives it. Other http pages may not frame it. Every other page of this site refuses to be
        framed (<code>frame-ancestors &apos;none&apos;</code> and <code>X-Frame-Options: DENY</code>).
      </p>

      <h2 id="versions">Versions and caching</h2>
      <p>
        The loader is versioned by its name, <code>{EMBED_SCRIPT_PATH}</code>, and cached for a year. It is
        dependency-free and a few kilobytes, and can be loaded from any site. A change that could break an
        existing embed will ship as a new file (<code>/embed.v2.js</code>); <code>v1</code> keeps working. The
        parameter names are a public API and will not change meaning.
      </p>

      <h2 id="not-advice">Not advice</h2>
      <p>
        The widget always shows &ldquo;Educational only, not financial advice&rdquo; and the assumptions
        behind its numbers, and links to the full scenario on this site. Please do not hide them.
      </p>
    </div>
  )
}
