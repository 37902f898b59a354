/**
 * The layers of `src/` and what each may not import, checked file by file (`layers.test.ts` runs it
 * over every source file). The pure folders know nothing of the page: no store, island, lab kit,
 * Preact, nanostores or DOM code, and no browser globals (`window.`, `localStorage`…), so they run
 * in Node, in a worker and in a test alike. Stores hold state and effects for islands to render;
 * workers get no store, since a store pulls the page's state (and every store it imports) into the
 * worker.
 *
 * Imports are read with the TypeScript parser, so comments and strings never count; type-only
 * imports count too (a layer that names a store's type depends on the store).
 */
import ts from 'typescript';

/** What a file may be forbidden to import. */
export type Forbidden = 'store' | 'island' | 'kit' | 'Preact' | 'nanostores' | 'DOM code' | 'scenario format';

const PURE: readonly Forbidden[] = ['store', 'island', 'kit', 'Preact', 'nanostores', 'DOM code'];

interface LayerRule {
  forbidden: readonly Forbidden[];
  /** Whether browser globals are banned too. */
  browserGlobals: boolean;
  /** What the folder's tests may import all the same. */
  testsMay?: readonly Forbidden[];
}

/**
 * The layer table: a folder under `src/` and what it may not import. The calculations know nothing
 * of link formats either (they are currency- and format-free); their tests may take a lab's
 * presets as worked examples.
 */
export const LAYER_RULES: Readonly<Record<string, LayerRule>> = {
  calc: { forbidden: [...PURE, 'scenario format'], browserGlobals: true, testsMay: ['scenario format'] },
  scenario: { forbidden: PURE, browserGlobals: true },
  'purchase-log': { forbidden: PURE, browserGlobals: true },
  workshop: { forbidden: PURE, browserGlobals: true },
  course: { forbidden: PURE, browserGlobals: true },
  charts: { forbidden: PURE, browserGlobals: true },
  labs: { forbidden: PURE, browserGlobals: true },
  stores: { forbidden: ['island', 'kit'], browserGlobals: false },
  workers: { forbidden: ['store', 'island', 'kit'], browserGlobals: false },
  kit: { forbidden: ['island'], browserGlobals: false },
};

/** Browser globals a pure module may not touch (`Intl` and the like are fine: Node has them). */
const BROWSER_GLOBALS = new Set([
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
]);

/** The folder under `src/` a path (relative to the repository, with `/`) lies in, if any. */
function layerOf(path: string): string | undefined {
  return /^src\/([^/]+)\//.exec(path)?.[1];
}

/** `a/b/../c` → `a/c`. */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** What kind of code an import brings in, if it is one a layer can be forbidden. */
export function importKind(file: string, specifier: string): Forbidden | undefined {
  if (/^preact(\/|$)|^@preact\//.test(specifier)) return 'Preact';
  if (/^(@nanostores\/|nanostores$)/.test(specifier)) return 'nanostores';
  if (!specifier.startsWith('.')) return undefined;
  const target = normalise(`${file.slice(0, file.lastIndexOf('/'))}/${specifier}`);
  switch (layerOf(target)) {
    case 'stores':
      return 'store';
    case 'islands':
      return 'island';
    case 'kit':
      return 'kit';
    case 'scripts':
      return 'DOM code';
    case 'scenario':
      return 'scenario format';
    default:
      return undefined;
  }
}

const ARTICLE: Record<Forbidden, string> = {
  store: 'a store',
  island: 'an island',
  kit: 'the lab kit',
  Preact: 'Preact',
  nanostores: 'nanostores',
  'DOM code': 'DOM code',
  'scenario format': 'a scenario format',
};

/**
 * Every import a layer forbids in one file, and every browser global it uses where they are banned,
 * as messages naming the file, the line and the import. `file` is relative to the repository root.
 */
export function layerBreaks(file: string, text: string): string[] {
  const layer = layerOf(file);
  const rule = layer === undefined ? undefined : LAYER_RULES[layer];
  if (layer === undefined || rule === undefined) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node): string =>
    `${file}:${String(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1)}`;
  const test = /\.test\.tsx?$/.test(file);
  const checkImport = (node: ts.Node, specifier: string): void => {
    const kind = importKind(file, specifier);
    if (kind !== undefined && rule.forbidden.includes(kind) && !(test && rule.testsMay?.includes(kind))) {
      found.push(`${where(node)} imports '${specifier}' (${ARTICLE[kind]}): ${layer} may not import ${ARTICLE[kind]}`);
    }
  };
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      checkImport(node, node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument !== undefined && ts.isStringLiteralLike(argument)) checkImport(node, argument.text);
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal))
        checkImport(node, argument.literal.text);
    } else if (rule.browserGlobals && ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const used =
        ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) &&
          parent.expression === node) ||
        (ts.isCallExpression(parent) && parent.expression === node) ||
        ts.isTypeOfExpression(parent);
      if (used) found.push(`${where(node)} uses the browser global '${node.text}': ${layer} runs outside the page`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
