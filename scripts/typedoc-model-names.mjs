// @ts-check
// A TypeDoc plugin: show the library's models by name, linked, in function signatures.
//
// Models are `type X = z.infer<typeof xDefinition>`. TypeScript resolves such an alias to an anonymous object type,
// so TypeDoc, which converts signatures from their types, printed every model in full inside every signature
// (the generatePlan page ran to 901 lines). This plugin looks at the signature's own type annotations instead and,
// where one names a model (or an array of them), links to the model's page.
import { ArrayType, Converter, TypeOperatorType, TypeScript as ts } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
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

/** `z.infer<…>`, `z.output<…>` or `z.input<…>`. @param {ts.TypeNode} node */
function isInferredFromSchema(node) {
  return ts.isTypeReferenceNode(node) && /^z\.(infer|output|input)$/.test(node.typeName.getText());
}
