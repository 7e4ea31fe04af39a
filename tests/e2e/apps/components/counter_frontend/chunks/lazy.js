export function describe(args) {
  return `lazy chunk loaded for ${args.label} (key ${args.key})`;
}
