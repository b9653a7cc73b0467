// @ts-check
// A TypeDoc plugin: show the library's models by name, linked, in function signatures and in other models.
//
// Models are `type X = z.infer<typeof xDefinition>`. TypeScript resolves such an alias to an anonymous object type,
// so TypeDoc, which converts signatures from their types, printed every model in full inside every signature
// (the generatePlan page ran to 901 lines). This plugin looks at the signature's own type annotations instead and,
// where one names a model (or an array of them), links to the model's page.
//
// A model's own page had the same problem one level down: typedoc-plugin-zod converts `Plan` from its resolved type,
// so `days`, `weeks` and every `evidence` were printed in full inside it (the Plan page ran to 30 screens). Where a
// field's type is the very type of a model the documentation exports (`PlanDay`, `PlanDay[]`, `Evidence | undefined`),
// the plugin converts it to a link to that model instead; a model's page lists each field on one line.
import { ArrayType, Converter, ReflectionKind, TypeOperatorType, UnionType, TypeScript as ts } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  /**
   * The type of each type alias an entry point exports (a model, `DistanceUnit`, `ReviewStatus`), to its symbol.
   * @type {Map<ts.Type, ts.Symbol>}
   */
  const models = new Map();
  /** Types that more than one exported model has: linked to none, rather than to the wrong one. @type {Set<ts.Type>} */
  const ambiguous = new Set();
  app.converter.on(Converter.EVENT_BEGIN, () => {
    models.clear();
    ambiguous.clear();
  });
  // Entry points become modules before anything in them is converted (and typedoc-plugin-zod converts the models
  // later still, in deferred steps), so every model is known by the time a field could link to it.
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const moduleSymbol = context.getSymbolFromReflection(reflection);
    if (!moduleSymbol) return;
    for (const exported of context.checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? context.checker.getAliasedSymbol(exported) : exported;
      if (!symbol.declarations?.some(ts.isTypeAliasDeclaration)) continue;
      const type = context.checker.getDeclaredTypeOfSymbol(symbol);
      if (!isModelShape(type)) continue;
      const known = models.get(type);
      if (known && known !== symbol) ambiguous.add(type);
      else models.set(type, symbol);
    }
  });
  const convertType = app.converter.convertType.bind(app.converter);
  app.converter.convertType = (context, typeOrNode, maybeNode) => {
    const linked = typeOrNode && !('kind' in typeOrNode) ? linkedType(context, typeOrNode) : undefined;
    return linked ?? convertType(context, typeOrNode, maybeNode);
  };

  /**
   * The type as a link when it is an exported model other than the one being documented, an array of one, or a union
   * with one among its members (`Evidence | undefined`); else undefined, and TypeDoc converts it as it would.
   * @param {import('typedoc').Context} context
   * @param {ts.Type} type
   * @returns {import('typedoc').SomeType | undefined}
   */
  function linkedType(context, type) {
    const symbol = !ambiguous.has(type) && models.get(type);
    if (symbol) {
      const documenting = context.scope && context.getSymbolFromReflection(context.scope);
      return symbol === documenting ? undefined : context.createSymbolReference(symbol, context, symbol.name);
    }
    if (context.checker.isArrayType(type)) {
      const [element] = context.checker.getTypeArguments(/** @type {ts.TypeReference} */ (type));
      const linked = element && linkedType(context, element);
      if (!linked) return undefined;
      const array = new ArrayType(linked);
      return context.checker.isArrayType(type) && type.getSymbol()?.name === 'ReadonlyArray'
        ? new TypeOperatorType(array, 'readonly')
        : array;
    }
    if (type.isUnion()) return linkedUnion(context, type);
    return undefined;
  }

  /**
   * A union with links where members are models or arrays of them, and where some of its members make up a model
   * that is itself a union: TypeScript flattens `Evidence | undefined` and `Side | undefined` (an optional field) into
   * one union of all their members, so those are found by their members. Undefined when nothing links.
   * @param {import('typedoc').Context} context
   * @param {ts.UnionType} type
   */
  function linkedUnion(context, type) {
    /** Each member's part of the result: a link, `false` where a linked union model took the member, else undefined. */
    /** @type {(import('typedoc').SomeType | false | undefined)[]} */
    const parts = type.types.map(() => undefined);
    const unions = [...models.keys()]
      .filter((model) => model !== type && model.isUnion() && !ambiguous.has(model))
      .sort((a, b) => /** @type {ts.UnionType} */ (b).types.length - /** @type {ts.UnionType} */ (a).types.length);
    for (const model of unions) {
      const members = /** @type {ts.UnionType} */ (model).types.map((member) => type.types.indexOf(member));
      if (members.some((index) => index < 0 || parts[index] !== undefined)) continue;
      const linked = linkedType(context, model);
      if (!linked) continue;
      members.forEach((index) => (parts[index] = false));
      parts[Math.min(...members)] = linked;
    }
    type.types.forEach((member, index) => {
      if (parts[index] === undefined) parts[index] = linkedType(context, member);
    });
    if (!parts.some(Boolean)) return undefined;
    const converted = type.types.flatMap((member, index) => {
      const part = parts[index];
      return part === false ? [] : [part ?? convertType(context, member)];
    });
    // TypeScript orders `null` and `undefined` first; they read better last: `DistanceAmount | null`.
    const empty = (/** @type {import('typedoc').SomeType} */ part) =>
      (part.type === 'literal' && part.value === null) || (part.type === 'intrinsic' && part.name === 'undefined');
    return new UnionType([...converted.filter((part) => !empty(part)), ...converted.filter(empty)]);
  }


  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (!declaration || !('parameters' in declaration)) return;
    declaration.parameters.forEach((parameter, index) => {
      const reflection = signature.parameters?.[index];
      const named = parameter.type && namedType(context, parameter.type);
      if (reflection && named) reflection.type = named;
    });
    const named = declaration.type && namedType(context, declaration.type);
    if (named) signature.type = named;
  });
}

/**
 * The annotation as a link when it names a zod-inferred model, an array of them or a readonly array; else undefined.
 * @param {import('typedoc').Context} context
 * @param {ts.TypeNode} node
 * @returns {import('typedoc').SomeType | undefined}
 */
function namedType(context, node) {
  if (ts.isArrayTypeNode(node)) {
    const element = namedType(context, node.elementType);
    return element && new ArrayType(element);
  }
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) {
    const target = namedType(context, node.type);
    return target && new TypeOperatorType(target, 'readonly');
  }
  if (!ts.isTypeReferenceNode(node) || node.typeArguments) return undefined;
  let symbol = context.checker.getSymbolAtLocation(node.typeName);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = context.checker.getAliasedSymbol(symbol);
  const alias = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
  if (!symbol || !alias || !isInferredFromSchema(alias.type)) return undefined;
  return context.createSymbolReference(symbol, context, symbol.name);
}

/**
 * An object type or a union of them or of literals: a shape worth a link. Not `string` or `boolean`, which many
 * models alias (an id, a date) and which a field should keep showing as they are.
 * @param {ts.Type} type
 */
function isModelShape(type) {
  if (type.flags & ts.TypeFlags.Object) return true;
  if (!type.isUnion() || type.flags & ts.TypeFlags.Boolean) return false;
  return type.types.every((member) => member.flags & (ts.TypeFlags.Object | ts.TypeFlags.Literal | ts.TypeFlags.Null));
}

/** `z.infer<…>`, `z.output<…>` or `z.input<…>`. @param {ts.TypeNode} node */
function isInferredFromSchema(node) {
  return ts.isTypeReferenceNode(node) && /^z\.(infer|output|input)$/.test(node.typeName.getText());
}
