// Custom Elements Manifest: attributes, properties, events, parts and custom properties from the
// JSDoc on each class. Storybook's controls and docs read it.

/**
 * The elements take their `article` type from `NewsprintElement<Data, Input, Loaded>`'s type
 * arguments, which the analyzer copies as written: `Input | null | undefined`. This puts each
 * element's own argument in (`ArticleInput`, `BylineInput`…), so the docs name what it accepts.
 */
function resolveBaseTypeArguments() {
  const parameters = ['Data', 'Input', 'Loaded'];
  const defaults = { Input: 'ArticleInput' };
  /** Class name -> { Data, Input, Loaded } as written in its `extends NewsprintElement<…>`. */
  const argumentsOf = new Map();
  return {
    name: 'newsprint:resolve-base-type-arguments',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const base = node.heritageClauses?.[0]?.types[0];
      if (base?.expression.getText() !== 'NewsprintElement') return;
      const written = (base.typeArguments ?? []).map((type) => type.getText().replace(/\s+/g, ' '));
      const resolved = { ...defaults };
      parameters.forEach((name, index) => {
        if (written[index]) resolved[name] = written[index];
      });
      resolved.Loaded ??= resolved.Data;
      argumentsOf.set(node.name.getText(), resolved);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const resolved =
            declaration.name === 'NewsprintElement' ? defaults : argumentsOf.get(declaration.name);
          if (!resolved) continue;
          // Inherited members are the base's objects, shared: replace them, never edit them.
          declaration.members = (declaration.members ?? []).map((member) => {
            if (!member.type?.text) return member;
            const text = member.type.text.replace(/\b(Data|Input|Loaded)\b/g, (name) =>
              name in resolved ? resolved[name] : name,
            );
            return { ...member, type: { ...member.type, text } };
          });
        }
      }
    },
  };
}

/**
 * Defaults written as a named constant (`timeout = DEFAULT_TIMEOUT`) are copied as that name,
 * which tells a reader nothing. This puts the value in (`10000`), for every exported numeric
 * constant of the sources (`2 * 1024 * 1024` is worked out: `2097152`).
 */
function resolveConstantDefaults() {
  const constants = new Map();
  /** A number from `10_000` or `2 * 1024 * 1024`; undefined for anything else. */
  const evaluate = (text) => {
    if (!/^[\d_\s*]+$/.test(text)) return undefined;
    return text
      .split('*')
      .map((factor) => Number(factor.replaceAll('_', '').trim()))
      .reduce((product, factor) => product * factor, 1);
  };
  return {
    name: 'newsprint:resolve-constant-defaults',
    collectPhase({ ts, node }) {
      if (!ts.isVariableStatement(node)) return;
      if (!node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword))
        return;
      for (const declaration of node.declarationList.declarations) {
        const value = declaration.initializer && evaluate(declaration.initializer.getText());
        if (Number.isFinite(value)) constants.set(declaration.name.getText(), String(value));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const list of ['members', 'attributes']) {
            declaration[list] = (declaration[list] ?? []).map((entry) =>
              constants.has(entry.default)
                ? // Nor could the analyzer infer the type from a name: it is a number.
                  { type: { text: 'number' }, ...entry, default: constants.get(entry.default) }
                : entry,
            );
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [resolveBaseTypeArguments(), resolveConstantDefaults()],
};
