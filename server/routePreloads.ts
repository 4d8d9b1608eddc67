import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The page module each client route opens, as the areas' `routes.tsx` declare them (in their order: a
 * fixed path before a `:param` one). `routePreloads.test.ts` checks that every page they import is here.
 */
export const ROUTE_PAGES: [path: string, page: string][] = [
  ['/', 'home/HomePage'],
  ['/broadcasts', 'broadcasts/BroadcastListPage'],
  ['/broadcasts/voice', 'broadcasts/BroadcastListPage'],
  ['/broadcasts/text', 'broadcasts/BroadcastListPage'],
  ['/broadcasts/:kind/new', 'broadcasts/BroadcastFormPage'],
  ['/broadcasts/:kind/:id', 'broadcasts/BroadcastDetailPage'],
  ['/broadcasts/:kind/:id/edit', 'broadcasts/BroadcastFormPage'],
  ['/calls', 'calls/CallListPage'],
  ['/calls/review', 'calls/ReviewQueuePage'],
  ['/calls/send', 'calls/SendCallsPage'],
  ['/calls/recordings/:recordingId', 'calls/RecordingPage'],
  ['/calls/:id', 'calls/CallDetailPage'],
  ['/calls/:id/recordings/:name', 'calls/RecordingPage'],
  ['/texts', 'texts/TextListPage'],
  ['/texts/send', 'texts/SendTextsPage'],
  ['/texts/conversations', 'texts/ConversationsPage'],
  ['/texts/conversations/:number', 'texts/ConversationPage'],
  ['/texts/auto-replies', 'texts/AutoRepliesPage'],
  ['/texts/:id', 'texts/TextDetailPage'],
  ['/contacts', 'contacts/ContactsPage'],
  ['/contacts/new', 'contacts/ContactFormPage'],
  ['/contacts/lists', 'contacts/ContactListsPage'],
  ['/contacts/lists/import', 'contacts/ImportListPage'],
  ['/contacts/lists/:id', 'contacts/ContactListDetailPage'],
  ['/contacts/:id', 'contacts/ContactDetailPage'],
  ['/contacts/:id/edit', 'contacts/ContactFormPage'],
  ['/dnc', 'dnc/DncListPage'],
  ['/dnc/add', 'dnc/DncAddPage'],
  ['/dnc/check', 'dnc/DncCheckPage'],
  ['/dnc/:number', 'dnc/DncEntryPage'],
  ['/sounds', 'sounds/SoundsPage'],
  ['/sounds/new', 'sounds/NewSoundPage'],
  ['/sounds/media', 'sounds/MediaPage'],
  ['/sounds/media/:id', 'sounds/MediaDetailPage'],
  ['/sounds/:id', 'sounds/SoundDetailPage'],
  ['/numbers', 'numbers/NumbersPage'],
  ['/numbers/buy', 'numbers/BuyNumbersPage'],
  ['/numbers/keywords', 'numbers/KeywordsPage'],
  ['/numbers/keywords/:keyword', 'numbers/KeywordLeasePage'],
  ['/numbers/orders', 'numbers/OrdersPage'],
  ['/numbers/orders/:id', 'numbers/OrderDetailPage'],
  ['/numbers/:number', 'numbers/NumberDetailPage'],
  ['/account', 'account/AccountOverviewPage'],
  ['/account/credentials', 'account/ApiCredentialsPage'],
  ['/account/billing', 'account/BillingPage'],
  ['/account/caller-ids', 'account/CallerIdsPage'],
  ['/activity', 'activity/ActivityPage'],
];

const ROUTES = ROUTE_PAGES.map(([path, page]) => ({
  pattern: new RegExp(`^${path.replace(/:[a-zA-Z]+/g, '[^/]+')}/?$`),
  module: `src/features/${page}.tsx`,
}));

/** The page module (as Vite's manifest names it) that the client route at `path` opens. */
export const pageModuleOf = (path: string) => ROUTES.find((route) => route.pattern.test(path))?.module;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** The chunk's file and those of everything it imports statically: what loading it downloads. */
function closure(manifest: Record<string, ManifestChunk>, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  chunk.imports?.forEach((imported) => closure(manifest, imported, into));
  return into;
}

/**
 * The built `index.html` for a client route, with a `<link rel="modulepreload">` for each chunk of the page
 * it opens that the entry does not already load: they download beside the entry instead of once the
 * router has run. Without Vite's manifest (`build.manifest`), every route gets `index.html` as built.
 */
export function routeHtml(distDir: string): (path: string) => string {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const manifestFile = join(distDir, '.vite/manifest.json');
  if (!existsSync(manifestFile)) return () => html;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const entry = entryKey ? closure(manifest, entryKey) : new Set<string>();
  const pages = new Map<string, string>();
  return (path) => {
    const module = pageModuleOf(path);
    if (!module || !manifest[module]) return html;
    if (!pages.has(module)) {
      const links = [...closure(manifest, module)]
        .filter((file) => !entry.has(file))
        .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
      pages.set(module, html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`));
    }
    return pages.get(module)!;
  };
}
