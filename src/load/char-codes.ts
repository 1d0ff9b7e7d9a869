/** Character codes the JSON and YAML scanners compare against (all ASCII, so bytes and UTF-16 units agree). */
export const enum Ch {
  Tab = 9,
  Nl = 10,
  Cr = 13,
  Space = 32,
  Quote = 34,
  Comma = 44,
  Colon = 58,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}
